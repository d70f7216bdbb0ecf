using System.Linq.Expressions;
using Cooperation.Evaluation;
using Cooperation.Law;
using Cooperation.Requests;
using Cooperation.Rules.Citations;
using Cooperation.Rules.Engine;
using Cooperation.Rules.Facts;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Cooperation.Rules.Untoc;

/// <summary>
/// UNTOC art. 18(3): the purposes for which mutual legal assistance may be requested, (a) taking evidence to (h)
/// voluntary appearance, and (i) any other type of assistance that is not contrary to the domestic law of the
/// requested State Party.
/// </summary>
internal static class Article18Measures
{
    public static void Assess(IContext ctx, CaseFacts f, Instrument instrument)
    {
        foreach (var measure in f.Measures)
        {
            var citation = MlaMeasures.Citation(measure, instrument);
            var fact = Record.Fact("measures", measure);
            if (citation is null)
            {
                Record.Finding(ctx, f, Effect.DependsOnDomesticLaw, $"{Record.Name(measure)} is not a purpose listed for {instrument}; it can be requested only as other assistance not contrary to the requested State's law.", fact);
            }
            else if (measure == MlaMeasure.OtherAssistance)
            {
                Record.Finding(ctx, f, Effect.DependsOnDomesticLaw, $"Other assistance ({citation}) may be requested if it is not contrary to the requested State's domestic law.", fact);
            }
            else
            {
                Record.Finding(ctx, f, Effect.May, $"{Record.Name(measure)} is a purpose for which assistance may be requested ({citation}).", fact);
            }
        }
    }
}

/// <summary>The measures sought, each against UNTOC art. 18(3)(a)-(i).</summary>
[Name("R-MLA-04"), Cites("UNTOC art. 18(3)")]
internal sealed class MutualLegalAssistanceMeasuresRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsMutualLegalAssistance, x => x.IsUntocFamily, x => x.Measures.Count > 0];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => Article18Measures.Assess(ctx, f, Cooperation.Law.Instrument.Untoc);
}
