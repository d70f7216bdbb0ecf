namespace Cooperation.Directory.Authorities;

/// <summary>A member of an authority's staff: personal data, shown only to authorised readers.</summary>
/// <param name="Name">The person's name.</param>
/// <param name="Position">Their position or title.</param>
/// <param name="DirectLine">Their direct telephone line.</param>
/// <param name="Email">Their personal e-mail address.</param>
public sealed record ContactPerson(string Name, string? Position = null, string? DirectLine = null, string? Email = null);
