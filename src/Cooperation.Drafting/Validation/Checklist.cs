using Cooperation.Directory.Queries;
using Cooperation.Drafting.Requirements;
using Cooperation.Evaluation;

namespace Cooperation.Drafting.Validation;

/// <summary>The result of checking a draft against the requested State: its requirements, the issues found and the eligibility determination.</summary>
/// <param name="Requirements">The fields this request needs, and why.</param>
/// <param name="Issues">The issues, errors first.</param>
/// <param name="Determination">The eligibility determination the legal basis section is filled from.</param>
/// <param name="Transmission">The channel, recipient and language advice from the directory.</param>
public sealed record Checklist(
    IReadOnlyList<Requirement> Requirements,
    IReadOnlyList<DraftIssue> Issues,
    Determination Determination,
    TransmissionAdvice Transmission)
{
    /// <summary>Gets a value indicating whether the draft has no errors: it is ready to send.</summary>
    public bool IsReadyToSend => Issues.All(i => i.Severity != IssueSeverity.Error);
}
