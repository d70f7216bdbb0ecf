namespace Cooperation.Drafting.Drafts;

/// <summary>An offence as the requesting State's law defines and punishes it.</summary>
/// <param name="Name">The offence.</param>
/// <param name="LegalProvision">The provision that creates it, with its text or a faithful summary.</param>
/// <param name="Penalty">The penalty it carries (maximum, and minimum if any).</param>
public sealed record OffenceDescription(string? Name = null, string? LegalProvision = null, string? Penalty = null);
