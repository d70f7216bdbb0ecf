using System.Linq.Expressions;
using Cooperation.Evaluation;
using Cooperation.Rules.Citations;
using Cooperation.Rules.Engine;
using Cooperation.Rules.Facts;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Cooperation.Rules.Untoc;

/// <summary>
/// Refusal and postponement of mutual legal assistance under UNTOC art. 18: bank secrecy can never be a ground
/// (18(8)), nor fiscal matters alone (18(22)); the grounds that are open are those of 18(21)(a)-(d); execution may
/// be postponed for ongoing proceedings (18(25)); and before refusing or postponing the requested State consults
/// (18(26)).
/// </summary>
internal static class Article18Refusal
{
    public static void BankSecrecy(IContext ctx, CaseFacts f, string paragraph)
    {
        Record.Refusal(ctx, f, RefusalGround.BankSecrecy, false, $"Assistance shall not be declined on the ground of bank secrecy ({paragraph}), whatever treaty governs the request.");
        Record.Finding(ctx, f, Effect.MustNot, "Assistance may not be declined on the ground of bank secrecy.", Record.Fact("refusalGroundsInvoked", "bankSecrecy"));
    }

    public static void Optional(IContext ctx, CaseFacts f, RefusalGround ground, string explanation) =>
        Record.Refusal(ctx, f, ground, true, explanation);

    /// <summary>Grounds art. 18(21) does not list: closed where art. 18(9)-(29) govern, a matter for the treaty where one does.</summary>
    public static void Unlisted(IContext ctx, CaseFacts f)
    {
        var treaty = Article18ProceduralRegime.HasTreaty(f);
        foreach (var ground in f.RefusalGrounds.Where(g => g is RefusalGround.Nationality or RefusalGround.Discrimination))
        {
            Record.Refusal(ctx, f, ground, treaty ? null : false, treaty
                ? "Not a ground listed in art. 18(21); the MLA treaty that governs the request (art. 18(7)) decides whether it is open."
                : "Not among the grounds of art. 18(21), which govern where no MLA treaty binds the two States; concerns of this kind fall under 18(21)(b) (essential interests, ordre public) if at all.");
        }
    }

    public static void Consult(IContext ctx, CaseFacts f) =>
        Record.Finding(ctx, f, Effect.Must,
            $"Before refusing under art. 18(21) or postponing under 18(25), {f.Requested} shall consult {f.Requesting} on whether assistance can be granted subject to conditions.",
            Record.Fact("refusalGroundsInvoked", string.Join(",", f.RefusalGrounds.Select(g => Record.Name(g)))));
}

/// <summary>UNTOC art. 18(8): no refusal on the ground of bank secrecy.</summary>
[Name("R-MLA-07"), Cites("UNTOC art. 18(8)")]
internal sealed class BankSecrecyRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsMutualLegalAssistance, x => x.IsUntocFamily, x => x.Invokes(RefusalGround.BankSecrecy)];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => Article18Refusal.BankSecrecy(ctx, f, "UNTOC art. 18(8)");
}

/// <summary>UNTOC art. 18(22): no refusal on the sole ground of fiscal matters.</summary>
[Name("R-MLA-08"), Cites("UNTOC art. 18(22)")]
internal sealed class MutualLegalAssistanceFiscalRefusalRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsMutualLegalAssistance, x => x.IsUntocFamily, x => x.Invokes(RefusalGround.Fiscal)];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => Shared.FiscalMatters.Assess(ctx, f, "UNTOC art. 18(22)", "Assistance");
}

/// <summary>UNTOC art. 18(21)(a): a request that does not conform to the article.</summary>
[Name("R-MLA-09"), Cites("UNTOC art. 18(21)(a)")]
internal sealed class NonConformingRequestRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsMutualLegalAssistance, x => x.IsUntocFamily, x => x.Invokes(RefusalGround.NonConformingRequest)];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => Article18Refusal.Optional(ctx, f, RefusalGround.NonConformingRequest,
            "Assistance may be refused if the request is not made in conformity with the article (form, language, contents); asking for more information first is the better course (18(16)).");
}

/// <summary>UNTOC art. 18(21)(b): sovereignty, security, ordre public or other essential interests.</summary>
[Name("R-MLA-10"), Cites("UNTOC art. 18(21)(b)")]
internal sealed class EssentialInterestsRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsMutualLegalAssistance, x => x.IsUntocFamily, x => x.Invokes(RefusalGround.EssentialInterests)];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => Article18Refusal.Optional(ctx, f, RefusalGround.EssentialInterests,
            "Assistance may be refused if execution is likely to prejudice sovereignty, security, ordre public or other essential interests.");
}

/// <summary>UNTOC art. 18(21)(c): domestic law would prohibit the action for a similar offence.</summary>
[Name("R-MLA-11"), Cites("UNTOC art. 18(21)(c)")]
internal sealed class DomesticLawProhibitionRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsMutualLegalAssistance, x => x.IsUntocFamily, x => x.Invokes(RefusalGround.DomesticLawProhibition)];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => Article18Refusal.Optional(ctx, f, RefusalGround.DomesticLawProhibition,
            "Assistance may be refused if the requested State's authorities would be prohibited by its law from taking the action for a similar offence under their own jurisdiction.");
}

/// <summary>UNTOC art. 18(21)(d): contrary to the legal system of the requested State relating to mutual legal assistance.</summary>
[Name("R-MLA-12"), Cites("UNTOC art. 18(21)(d)")]
internal sealed class ContraryToLegalSystemRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsMutualLegalAssistance, x => x.IsUntocFamily, x => x.Invokes(RefusalGround.ContraryToLegalSystem)];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => Article18Refusal.Optional(ctx, f, RefusalGround.ContraryToLegalSystem,
            "Assistance may be refused if granting it would be contrary to the requested State's legal system relating to mutual legal assistance.");
}

/// <summary>UNTOC art. 18(25): postponement for ongoing proceedings.</summary>
[Name("R-MLA-14/postpone"), Cites("UNTOC art. 18(25)")]
internal sealed class PostponementRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsMutualLegalAssistance, x => x.IsUntocFamily, x => x.Invokes(RefusalGround.OngoingProceedings)];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => Article18Refusal.Optional(ctx, f, RefusalGround.OngoingProceedings,
            "Interference with an ongoing investigation, prosecution or judicial proceeding allows postponing assistance, not refusing it.");
}

/// <summary>UNTOC art. 18(21): grounds the article does not list.</summary>
[Name("R-MLA-21"), Cites("UNTOC art. 18(21)")]
internal sealed class UnlistedMutualLegalAssistanceGroundsRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsMutualLegalAssistance, x => x.IsUntocFamily, x => x.Invokes(RefusalGround.Nationality) || x.Invokes(RefusalGround.Discrimination)];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => Article18Refusal.Unlisted(ctx, f);
}

/// <summary>UNTOC art. 18(26): consult before refusing or postponing.</summary>
[Name("R-MLA-14"), Cites("UNTOC art. 18(26)")]
internal sealed class ConsultBeforeRefusingAssistanceRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsMutualLegalAssistance, x => x.IsUntocFamily, x => x.RefusalGrounds.Count > 0];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => Article18Refusal.Consult(ctx, f);
}
