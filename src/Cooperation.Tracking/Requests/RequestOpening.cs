namespace Cooperation.Tracking.Requests;

/// <summary>A request to open, as a JSON document gives it: its details, the persons concerned, and a note.</summary>
/// <param name="Request">The request's details.</param>
/// <param name="PersonalData">The persons concerned, stored apart.</param>
/// <param name="Note">A note for the opening event.</param>
public sealed record RequestOpening(RequestDetails Request, PersonalData? PersonalData = null, string Note = "");
