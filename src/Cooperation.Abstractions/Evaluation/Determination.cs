using Cooperation.Law;
using Cooperation.Requests;
using Cooperation.States;
using NodaTime;

namespace Cooperation.Evaluation;

/// <summary>
/// The answer for one case and one requested State on one date: the outcome, the legal bases available (best
/// first), every finding with its citation, the facts still needed and the refusal grounds judged.
/// </summary>
/// <param name="CaseId">The identifier of the case, as the caller gave it.</param>
/// <param name="RequestingState">The State making the request.</param>
/// <param name="RequestedState">The State asked.</param>
/// <param name="Kind">The kind of request.</param>
/// <param name="AsOf">The date the law and State data were read as of.</param>
/// <param name="Instrument">The instrument the determination rests on, or <see langword="null"/> when none applies.</param>
/// <param name="Outcome">The overall answer.</param>
/// <param name="LegalBasis">The legal bases available, ranked best first.</param>
/// <param name="Findings">What each rule concluded, with citations.</param>
/// <param name="InformationNeeded">Facts the case must state before the outcome can be decided.</param>
/// <param name="RefusalGrounds">The refusal grounds invoked, judged valid or invalid.</param>
/// <remarks>
/// Collections are compared by reference by the record's generated equality; compare serialized JSON
/// (<see cref="Serialization.CooperationJson"/>) to compare two determinations by value.
/// </remarks>
public sealed record Determination(
    string CaseId,
    StateCode RequestingState,
    StateCode RequestedState,
    RequestKind Kind,
    LocalDate AsOf,
    Instrument? Instrument,
    Outcome Outcome,
    IReadOnlyList<LegalBasis> LegalBasis,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<InformationNeeded> InformationNeeded,
    IReadOnlyList<RefusalGroundAssessment> RefusalGrounds);
