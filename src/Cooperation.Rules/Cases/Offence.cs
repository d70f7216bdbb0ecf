using Cooperation.Requests;

namespace Cooperation.Rules.Cases;

/// <summary>The offence a case concerns; every fact is unknown (<see langword="null"/>) unless the case states it.</summary>
/// <param name="Category">The offence the instruments establish, if it is one; <see langword="null"/> for other conduct (which may still be serious crime).</param>
/// <param name="MaxPenaltyMonths">The statutory maximum deprivation of liberty, in months (UNTOC art. 2(b) uses the maximum, not the sentence).</param>
/// <param name="Penalty">The statutory maximum as a <see cref="Requests.Penalty"/>, for life imprisonment or a more serious penalty; takes precedence over <paramref name="MaxPenaltyMonths"/>.</param>
/// <param name="OrganizedCriminalGroup">Whether an organized criminal group is involved, when the case states it as a whole.</param>
/// <param name="Group">The elements of the group (UNTOC art. 2(a), (c)), when the case states them one by one.</param>
/// <param name="Transnational">Whether the offence is transnational in nature, when the case states it as a whole.</param>
/// <param name="Transnationality">The facts of UNTOC art. 3(2)(a)-(d), when the case states them one by one.</param>
/// <param name="Fiscal">Whether the offence is also considered to involve fiscal matters.</param>
public sealed record Offence(
    OffenceCategory? Category = null,
    int? MaxPenaltyMonths = null,
    Penalty? Penalty = null,
    bool? OrganizedCriminalGroup = null,
    GroupFacts? Group = null,
    bool? Transnational = null,
    Transnationality? Transnationality = null,
    bool? Fiscal = null)
{
    /// <summary>Gets the statutory maximum penalty, from <see cref="Penalty"/> or <see cref="MaxPenaltyMonths"/>; <see langword="null"/> if the case states neither.</summary>
    public Penalty? MaximumPenalty =>
        Penalty ?? (MaxPenaltyMonths is int months ? Requests.Penalty.DeprivationOfLibertyMonths(months) : null);
}
