using Cooperation.Evaluation;
using Cooperation.Tracking.Requests;

namespace Cooperation.Tracking.Lifecycle;

/// <summary>An event to record: the tracker adds its sequence number, the time from its clock and the actor.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="Note">The note: required for a refusal (its reasons, UNTOC art. 18(23)), a postponement (its reason) and accepted conditions.</param>
/// <param name="Grounds">For a refusal (required) or postponement: the grounds invoked.</param>
/// <param name="Deadline">For <see cref="RequestEventKind.DeadlineSuggested"/> (required): the deadline and its reasons.</param>
public sealed record EventEntry(
    RequestEventKind Kind,
    string Note = "",
    IReadOnlyList<RefusalGround>? Grounds = null,
    SuggestedDeadline? Deadline = null);
