namespace Cooperation.Tracking.Requests;

/// <summary>
/// The personal data of a request, stored apart from its statistical fields so that it can be erased (at the end of
/// a retention period, or on a data-protection request) without touching the figures the State reports.
/// </summary>
/// <param name="Persons">The persons concerned.</param>
public sealed record PersonalData(IReadOnlyList<PersonConcerned> Persons);
