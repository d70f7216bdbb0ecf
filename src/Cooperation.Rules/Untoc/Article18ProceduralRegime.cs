using System.Linq.Expressions;
using Cooperation.Evaluation;
using Cooperation.Profiles;
using Cooperation.Rules.Citations;
using Cooperation.Rules.Engine;
using Cooperation.Rules.Facts;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Cooperation.Rules.Untoc;

/// <summary>
/// UNTOC art. 18(7): paragraphs 9 to 29 apply to requests if the States Parties are not bound by a treaty of mutual
/// legal assistance; if they are, the corresponding provisions of that treaty apply unless the States agree to
/// apply paragraphs 9 to 29 instead. Paragraphs 1-8 and 30 (bank secrecy among them) apply in every case.
/// </summary>
internal static class Article18ProceduralRegime
{
    public static IEnumerable<TreatyRelation> Treaties(CaseFacts f) =>
        f.RequestedProfile.TreatiesWith(TreatyKind.MutualLegalAssistance, f.Requesting, f.AsOf)
            .Concat(f.RequestingProfile.TreatiesWith(TreatyKind.MutualLegalAssistance, f.Requested, f.AsOf))
            .DistinctBy(t => t.Name);

    public static bool HasTreaty(CaseFacts f) => Treaties(f).Any();

    public static void Assess(IContext ctx, CaseFacts f)
    {
        var treaty = Treaties(f).FirstOrDefault();
        if (treaty is not null)
        {
            Record.Basis(ctx, f, 1, LegalBasisKind.Treaty, $"{treaty.Name} (in force since {Record.Date(treaty.InForceFrom)}), whose provisions govern the request instead of art. 18(9)-(29)");
            Record.Finding(ctx, f, Effect.Must, $"{f.Requesting} and {f.Requested} are bound by an MLA treaty: its provisions replace art. 18(9)-(29) unless they agree otherwise; art. 18(1)-(8) still apply.",
                Record.Fact("mlaTreaty", treaty.Name));
        }
        else
        {
            Record.Finding(ctx, f, Effect.Must, $"No MLA treaty between {f.Requesting} and {f.Requested} is known: art. 18(9)-(29) govern the request (if a treaty binds them, its provisions apply instead).",
                Record.Fact("mlaTreaty", null));
        }
    }
}

/// <summary>Which procedural rules govern the request (UNTOC art. 18(7)).</summary>
[Name("R-MLA-05"), Cites("UNTOC art. 18(7)")]
internal sealed class MutualLegalAssistanceRegimeRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsMutualLegalAssistance, x => x.IsUntocFamily];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => Article18ProceduralRegime.Assess(ctx, f);
}
