using System.Linq.Expressions;
using Cooperation.Evaluation;
using Cooperation.Requests;
using Cooperation.Rules.Citations;
using Cooperation.Rules.Engine;
using Cooperation.Rules.Facts;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Cooperation.Rules.Untoc;

/// <summary>
/// UNTOC art. 2(b): "Serious crime" shall mean conduct constituting an offence punishable by a maximum deprivation
/// of liberty of at least four years or a more serious penalty.
/// </summary>
/// <remarks>
/// The statutory maximum decides, not the sentence imposed; "at least" makes exactly four years serious; life
/// imprisonment and the death penalty are "more serious"; a fine alone is not.
/// </remarks>
internal static class Article02SeriousCrime
{
    public const int ThresholdMonths = 48;

    public static bool? IsSeriousCrime(CaseFacts f) => f.Penalty?.IsAtLeastMonths(ThresholdMonths);

    /// <summary>Whether the answer matters: it does unless the offence is one the Convention itself establishes (art. 3(1)(a)).</summary>
    public static bool Matters(CaseFacts f) => f.Category is not OffenceCategory c || !OffenceCategories.IsUntocOffence(c);

    public static void Assess(IContext ctx, CaseFacts f)
    {
        var penalty = Record.Fact("offence.maximumPenalty", f.Penalty);
        switch (IsSeriousCrime(f))
        {
            case true:
                Record.Finding(ctx, f, Effect.Must, $"Punishable by {f.Penalty}, at least four years: serious crime.", penalty);
                break;
            case false:
                Record.Finding(ctx, f, Effect.NotApplicable, $"Punishable by {f.Penalty}, less than four years: not serious crime.", penalty);
                break;
            default:
                if (Matters(f))
                {
                    Record.Need(ctx, f, "offence.maxPenaltyMonths", "The statutory maximum penalty decides whether the offence is serious crime (at least four years).");
                }

                break;
        }
    }
}

/// <summary>Whether the offence is serious crime (UNTOC art. 2(b)).</summary>
[Name("R-SC-01"), Cites("UNTOC art. 2(b)")]
internal sealed class SeriousCrimeRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsUntocFamily];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => Article02SeriousCrime.Assess(ctx, f);
}
