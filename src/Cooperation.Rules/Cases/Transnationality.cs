using Cooperation.States;

namespace Cooperation.Rules.Cases;

/// <summary>The facts UNTOC art. 3(2)(a)-(d) tests for transnationality; each list is unknown (<see langword="null"/>) unless stated.</summary>
/// <param name="CommittedIn">The States in which the offence was committed (art. 3(2)(a): more than one).</param>
/// <param name="PreparedPlannedDirectedOrControlledIn">The States where a substantial part of its preparation, planning, direction or control took place (art. 3(2)(b)).</param>
/// <param name="GroupActiveIn">The States in which the organized criminal group involved engages in criminal activities (art. 3(2)(c)).</param>
/// <param name="SubstantialEffectsIn">The States where it has substantial effects (art. 3(2)(d)).</param>
public sealed record Transnationality(
    IReadOnlyList<StateCode>? CommittedIn = null,
    IReadOnlyList<StateCode>? PreparedPlannedDirectedOrControlledIn = null,
    IReadOnlyList<StateCode>? GroupActiveIn = null,
    IReadOnlyList<StateCode>? SubstantialEffectsIn = null);
