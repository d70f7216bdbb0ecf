using Cooperation.Law;

namespace Cooperation.Evaluation;

/// <summary>Whether a refusal ground the requested State invoked is open to it, and under which provision.</summary>
/// <param name="Ground">The ground invoked.</param>
/// <param name="Valid"><see langword="true"/> if the ground is open to the requested State in this case, <see langword="false"/> if the instrument closes it, <see langword="null"/> if it depends on a treaty or domestic law the SDK does not hold.</param>
/// <param name="Citation">The provision that opens or closes the ground.</param>
/// <param name="Explanation">One sentence in English saying why.</param>
public sealed record RefusalGroundAssessment(RefusalGround Ground, bool? Valid, ArticleCitation Citation, string Explanation);
