using System.Linq.Expressions;
using Cooperation.Evaluation;
using Cooperation.Requests;
using Cooperation.Rules.Citations;
using Cooperation.Rules.Engine;
using Cooperation.Rules.Facts;
using Cooperation.Rules.Untoc;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Cooperation.Rules.Drug1988;

/// <summary>
/// 1988 Convention art. 7: the widest measure of mutual legal assistance for the offences established under art.
/// 3(1) (7(1)), with no transnationality or organized-group test; bank secrecy is no ground (7(5)); the optional
/// grounds are those of 7(15). There is no dual-criminality clause.
/// </summary>
internal static class Article07MutualLegalAssistance
{
    public static void Assess(IContext ctx, CaseFacts f)
    {
        switch (Article06Extradition.Applies(f))
        {
            case true:
                Record.Basis(ctx, f, 2, LegalBasisKind.Convention, "1988 Convention art. 7: the widest measure of mutual legal assistance for art. 3(1) offences");
                Record.Finding(ctx, f, Effect.Must, "An offence established under art. 3(1): the widest measure of mutual legal assistance is due.", Record.Fact("offence.category", f.Category));
                break;
            case false:
                Record.Finding(ctx, f, Effect.NotApplicable, "Not an offence established under art. 3(1) of the 1988 Convention.", Record.Fact("offence.category", f.Category));
                Record.Exclude(f, "not a 1988 Convention art. 3(1) offence");
                break;
            default:
                Record.Need(ctx, f, "offence.category", "Art. 7 applies to the offences established under art. 3(1): state the offence category.");
                break;
        }
    }

    public static void Grounds(IContext ctx, CaseFacts f)
    {
        Shared.OptionalRefusalGrounds.Assess(ctx, f, "1988 art. 7(15)", "1988 art. 7(17)");
        if (f.Invokes(RefusalGround.AbsenceOfDualCriminality))
        {
            Record.Refusal(ctx, f, RefusalGround.AbsenceOfDualCriminality, null, "Art. 7 has no dual-criminality clause: only 7(15)(c) (a similar domestic offence) or a treaty could support it.");
        }
    }
}

/// <summary>1988 art. 7(1): the field of application.</summary>
[Name("R-MLA-01/1988"), Cites("1988 art. 7(1)")]
internal sealed class DrugMutualLegalAssistanceRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsMutualLegalAssistance, x => x.IsDrugConvention];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => Article07MutualLegalAssistance.Assess(ctx, f);
}

/// <summary>1988 art. 7(2)-(3): the measures sought.</summary>
[Name("R-MLA-04/1988"), Cites("1988 art. 7(2)")]
internal sealed class DrugMeasuresRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsMutualLegalAssistance, x => x.IsDrugConvention, x => x.Measures.Count > 0];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => Article18Measures.Assess(ctx, f, Cooperation.Law.Instrument.DrugConvention1988);
}

/// <summary>1988 art. 7(5): no refusal on the ground of bank secrecy.</summary>
[Name("R-MLA-07/1988"), Cites("1988 art. 7(5)")]
internal sealed class DrugBankSecrecyRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsMutualLegalAssistance, x => x.IsDrugConvention, x => x.Invokes(RefusalGround.BankSecrecy)];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => Article18Refusal.BankSecrecy(ctx, f, "1988 art. 7(5)");
}

/// <summary>1988 art. 7(15): the optional grounds of refusal.</summary>
[Name("R-MLA-21/1988"), Cites("1988 art. 7(15)")]
internal sealed class DrugOptionalGroundsRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsMutualLegalAssistance, x => x.IsDrugConvention, x => x.RefusalGrounds.Count > 0];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => Article07MutualLegalAssistance.Grounds(ctx, f);
}

/// <summary>1988 art. 7(8): the designated authority and channels.</summary>
[Name("R-CH-01/1988"), Cites("1988 art. 7(8)")]
internal sealed class DrugTransmissionChannelRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsMutualLegalAssistance, x => x.IsDrugConvention];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => Article18Channels.Assess(ctx, f);
}

/// <summary>1988 art. 7(9): writing and language.</summary>
[Name("R-LG-01/1988"), Cites("1988 art. 7(9)")]
internal sealed class DrugRequestLanguageRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsMutualLegalAssistance, x => x.IsDrugConvention];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => Article18FormAndLanguage.Language(ctx, f);
}
