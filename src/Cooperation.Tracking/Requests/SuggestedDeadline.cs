using NodaTime;

namespace Cooperation.Tracking.Requests;

/// <summary>
/// A deadline the requesting State suggests, with its reasons: the requested State "shall as fully as possible take
/// into account any deadlines suggested by the requesting State and for which reasons are given" (UNTOC art. 18(24)).
/// </summary>
/// <param name="Date">The last day on which execution is useful, in the executing authority's calendar.</param>
/// <param name="Reason">Why (a trial date, a limitation period, a custody time limit).</param>
public sealed record SuggestedDeadline(LocalDate Date, string Reason);
