namespace Cooperation.Directory.Authorities;

/// <summary>How an authority handles urgent requests, with the contact that answers around the clock.</summary>
/// <param name="Description">The procedure, for example "advance copy by e-mail, original through INTERPOL within 10 days".</param>
/// <param name="Telephone24x7">A telephone answered 24 hours a day, 7 days a week (an office line, not a person's).</param>
/// <param name="Email24x7">An e-mail address monitored around the clock.</param>
public sealed record UrgentProcedure(string Description, string? Telephone24x7 = null, string? Email24x7 = null);
