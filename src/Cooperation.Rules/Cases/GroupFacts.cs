namespace Cooperation.Rules.Cases;

/// <summary>
/// The elements of an organized criminal group (UNTOC art. 2(a), with "structured group" as defined in art. 2(c)),
/// for cases that state them one by one; each is unknown (<see langword="null"/>) unless stated.
/// </summary>
/// <param name="Members">How many persons the group has (art. 2(a): three or more).</param>
/// <param name="ExistsForPeriodOfTime">Whether it exists for a period of time.</param>
/// <param name="ActsInConcert">Whether its members act in concert.</param>
/// <param name="RandomlyFormedForImmediateCommission">Whether it was randomly formed for the immediate commission of an offence (art. 2(c): then it is not a structured group).</param>
/// <param name="AimsAtSeriousCrimeOrConventionOffence">Whether it aims to commit serious crimes or offences established under the Convention.</param>
/// <param name="ForFinancialOrMaterialBenefit">Whether it acts to obtain, directly or indirectly, a financial or other material benefit.</param>
public sealed record GroupFacts(
    int? Members = null,
    bool? ExistsForPeriodOfTime = null,
    bool? ActsInConcert = null,
    bool? RandomlyFormedForImmediateCommission = null,
    bool? AimsAtSeriousCrimeOrConventionOffence = null,
    bool? ForFinancialOrMaterialBenefit = null);
