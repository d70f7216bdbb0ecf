namespace Cooperation.Drafting.Drafts;

/// <summary>The person whose extradition is requested.</summary>
/// <param name="FullName">The full name.</param>
/// <param name="Aliases">Other names used.</param>
/// <param name="DateOfBirth">Date of birth.</param>
/// <param name="Nationality">Nationality.</param>
/// <param name="IdentityDocuments">Passport and other identity documents.</param>
/// <param name="Description">Physical description, photographs, fingerprints available.</param>
/// <param name="Location">Where the person is believed to be in the requested State.</param>
public sealed record PersonSought(
    string? FullName = null,
    IReadOnlyList<string>? Aliases = null,
    string? DateOfBirth = null,
    string? Nationality = null,
    IReadOnlyList<string>? IdentityDocuments = null,
    string? Description = null,
    string? Location = null);
