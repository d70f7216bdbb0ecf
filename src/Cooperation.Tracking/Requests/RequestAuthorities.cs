namespace Cooperation.Tracking.Requests;

/// <summary>The authorities involved in a request, by their identifiers in the directory of competent national authorities.</summary>
/// <param name="Requesting">The authority that issued or transmitted the request.</param>
/// <param name="Requested">The central (or other competent) authority the request was addressed to.</param>
/// <param name="Executing">The authority executing it, when known and different from <paramref name="Requested"/>.</param>
public sealed record RequestAuthorities(string? Requesting = null, string? Requested = null, string? Executing = null)
{
    /// <summary>Gets the authority whose working time governs the deadline: the executing authority, else the one addressed.</summary>
    public string? ExecutingOrRequested => Executing ?? Requested;
}
