namespace Cooperation.Drafting.Drafts;

/// <summary>The warrant of arrest for an accused person sought.</summary>
/// <param name="IssuedBy">The court or authority that issued it.</param>
/// <param name="Date">The date of issue, as written on it.</param>
/// <param name="Reference">Its reference.</param>
public sealed record Warrant(string? IssuedBy = null, string? Date = null, string? Reference = null);
