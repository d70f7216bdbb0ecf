namespace Cooperation.Profiles;

/// <summary>The languages a State notified as acceptable for requests (UNTOC art. 18(14)), in order of preference.</summary>
/// <param name="Accepted">The acceptable ways, in order of preference.</param>
/// <param name="Statement">The notification as summarised from the source.</param>
/// <param name="Provenance">The source and the date it reflects.</param>
public sealed record LanguageRequirement(IReadOnlyList<LanguageAcceptance> Accepted, string Statement, Provenance Provenance);
