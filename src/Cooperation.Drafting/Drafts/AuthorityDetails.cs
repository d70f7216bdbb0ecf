namespace Cooperation.Drafting.Drafts;

/// <summary>An authority named in a request: the one making it, or the one conducting the proceedings.</summary>
/// <param name="Name">The authority's name.</param>
/// <param name="Functions">Its functions (UNTOC art. 18(15)(b) asks for them for the conducting authority).</param>
/// <param name="Address">Its address.</param>
/// <param name="Contact">A telephone or e-mail for questions about the request.</param>
public sealed record AuthorityDetails(string? Name = null, string? Functions = null, string? Address = null, string? Contact = null);
