namespace Cooperation.Drafting.Drafts;

/// <summary>Who signs the request, where and when.</summary>
/// <param name="Name">The signatory's name.</param>
/// <param name="Title">The signatory's title.</param>
/// <param name="Place">The place of signature.</param>
/// <param name="Date">The date of signature.</param>
public sealed record Signatory(string? Name = null, string? Title = null, string? Place = null, string? Date = null);
