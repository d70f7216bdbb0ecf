namespace Cooperation.Tracking.Requests;

/// <summary>Where the request came from: the draft it was rendered from and the eligibility determination it was sent with.</summary>
/// <param name="Draft">The draft's file or identifier (see Cooperation.Drafting).</param>
/// <param name="Determination">The case identifier of the eligibility determination (see Cooperation.Rules).</param>
public sealed record RequestLinks(string? Draft = null, string? Determination = null);
