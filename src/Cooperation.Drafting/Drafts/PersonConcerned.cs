namespace Cooperation.Drafting.Drafts;

/// <summary>A person concerned by a request for mutual legal assistance (UNTOC art. 18(15)(e): "where possible").</summary>
/// <param name="Name">The full name.</param>
/// <param name="Role">The person's role: suspect, witness, victim, account holder...</param>
/// <param name="Nationality">Nationality.</param>
/// <param name="Location">Where the person is believed to be.</param>
/// <param name="DateOfBirth">Date of birth, as written in the case file.</param>
public sealed record PersonConcerned(string? Name = null, string? Role = null, string? Nationality = null, string? Location = null, string? DateOfBirth = null);
