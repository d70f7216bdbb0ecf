using System.Linq.Expressions;
using Cooperation.Evaluation;
using Cooperation.Requests;
using Cooperation.Rules.Citations;
using Cooperation.Rules.Engine;
using Cooperation.Rules.Facts;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Cooperation.Rules.Protocols;

/// <summary>
/// Art. 1(3) of each Protocol: the offences established in accordance with the Protocol (TIP art. 5, SOM art. 6,
/// FP art. 5) shall be regarded as offences established in accordance with the Convention, which applies to them
/// mutatis mutandis (art. 1(2)).
/// </summary>
internal static class Article01ProtocolOffences
{
    public static void Assess(IContext ctx, CaseFacts f) =>
        Record.Finding(ctx, f, Effect.Must,
            $"{Record.Name(f.Category!.Value)} is established by the {OffenceCategories.Protocol(f.Category!.Value)} Protocol and regarded as an offence established by the Convention.",
            Record.Fact("offence.category", f.Category));
}

/// <summary>TIP art. 1(3).</summary>
[Name("R-SC-09/TIP"), Cites("TIP art. 1(3)")]
internal sealed class TraffickingInPersonsIsConventionOffenceRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsUntocFamily, x => x.Category == OffenceCategory.TraffickingInPersons];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => Article01ProtocolOffences.Assess(ctx, f);
}

/// <summary>SOM art. 1(3).</summary>
[Name("R-SC-09/SOM"), Cites("SOM art. 1(3)")]
internal sealed class SmugglingOfMigrantsIsConventionOffenceRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsUntocFamily, x => x.Category == OffenceCategory.SmugglingOfMigrants];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => Article01ProtocolOffences.Assess(ctx, f);
}

/// <summary>FP art. 1(3).</summary>
[Name("R-SC-09/FP"), Cites("FP art. 1(3)")]
internal sealed class FirearmsTraffickingIsConventionOffenceRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsUntocFamily, x => x.Category == OffenceCategory.FirearmsTrafficking];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => Article01ProtocolOffences.Assess(ctx, f);
}
