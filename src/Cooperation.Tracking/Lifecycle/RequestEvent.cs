using Cooperation.Evaluation;
using Cooperation.Tracking.Requests;
using NodaTime;

namespace Cooperation.Tracking.Lifecycle;

/// <summary>One entry in a request's append-only history.</summary>
/// <param name="Sequence">The entry's position in the history, from 1 (the opening) with no gap.</param>
/// <param name="Kind">What happened.</param>
/// <param name="At">When it was recorded (from the tracker's clock).</param>
/// <param name="Actor">Who recorded it.</param>
/// <param name="Note">The actor's note: the reasons of a refusal or postponement, the conditions accepted, ... Do not put personal data here: notes are kept for ever.</param>
/// <param name="Grounds">For a refusal or postponement: the grounds invoked.</param>
/// <param name="Deadline">For <see cref="RequestEventKind.DeadlineSuggested"/>: the deadline and its reasons.</param>
public sealed record RequestEvent(
    int Sequence,
    RequestEventKind Kind,
    Instant At,
    string Actor,
    string Note,
    IReadOnlyList<RefusalGround>? Grounds = null,
    SuggestedDeadline? Deadline = null);
