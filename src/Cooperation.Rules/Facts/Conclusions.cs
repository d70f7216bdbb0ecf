using Cooperation.Evaluation;

namespace Cooperation.Rules.Facts;

/// <summary>What the rules of one session concluded, collected as they fire (a per-session sink, not working memory).</summary>
internal sealed class Conclusions
{
    public List<Finding> Findings { get; } = [];

    public List<InformationNeeded> InformationNeeded { get; } = [];

    public List<(int Rank, LegalBasis Basis)> LegalBases { get; } = [];

    public List<RefusalGroundAssessment> RefusalGrounds { get; } = [];

    /// <summary>Gets the reasons, if any, that cooperation under the instrument is excluded on the facts stated.</summary>
    public List<string> Exclusions { get; } = [];
}
