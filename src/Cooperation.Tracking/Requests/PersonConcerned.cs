using NodaTime;

namespace Cooperation.Tracking.Requests;

/// <summary>A person the request concerns (suspect, witness, victim, person sought). Personal data: kept apart and erasable.</summary>
/// <param name="Name">Full name as in the request.</param>
/// <param name="Role">Role in the case, for example "person sought" or "witness".</param>
/// <param name="DateOfBirth">Date of birth, when the request gives it.</param>
/// <param name="Nationality">Nationality, when the request gives it.</param>
public sealed record PersonConcerned(string Name, string? Role = null, LocalDate? DateOfBirth = null, string? Nationality = null);
