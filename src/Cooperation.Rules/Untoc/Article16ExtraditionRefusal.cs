using System.Linq.Expressions;
using Cooperation.Evaluation;
using Cooperation.Rules.Citations;
using Cooperation.Rules.Engine;
using Cooperation.Rules.Facts;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Cooperation.Rules.Untoc;

/// <summary>Grounds for refusing extradition under UNTOC art. 16: which the article closes, which it leaves open, and what refusing entails.</summary>
internal static class Article16ExtraditionRefusal
{
    public static void Discrimination(IContext ctx, CaseFacts f, string grounds) =>
        Record.Refusal(ctx, f, RefusalGround.Discrimination, true,
            $"Nothing obliges extradition where there are substantial grounds for believing the request aims to prosecute or punish on account of {grounds}, or would prejudice the person for those reasons.");

    public static void Nationality(IContext ctx, CaseFacts f, string conditions, string prosecute)
    {
        Record.Refusal(ctx, f, RefusalGround.Nationality, null,
            $"Whether nationals are extradited is for the requested State's law ({conditions}); refusing solely on nationality triggers the duty to prosecute ({prosecute}).");
        Record.Finding(ctx, f, Effect.Must,
            $"If {f.Requested} refuses solely because the person is its national, it must, at the request of {f.Requesting}, submit the case without undue delay to its authorities for prosecution.",
            Record.Fact("refusalGroundsInvoked", "nationality"));
    }

    public static void AbsenceOfDualCriminality(IContext ctx, CaseFacts f, string paragraph) =>
        Record.Refusal(ctx, f, RefusalGround.AbsenceOfDualCriminality, true,
            $"Extradition under the article requires the offence to be punishable under the law of both States ({paragraph}).");

    public static void DomesticGrounds(IContext ctx, CaseFacts f, string paragraph)
    {
        foreach (var ground in f.RefusalGrounds.Where(g => g is not (RefusalGround.Fiscal or RefusalGround.Discrimination or RefusalGround.Nationality or RefusalGround.AbsenceOfDualCriminality)))
        {
            Record.Refusal(ctx, f, ground, null,
                $"The article leaves refusal grounds to the requested State's domestic law and treaties ({paragraph}); whether this one is open depends on them.");
        }
    }

    public static void Consult(IContext ctx, CaseFacts f) =>
        Record.Finding(ctx, f, Effect.Must,
            $"Before refusing, {f.Requested} shall, where appropriate, consult {f.Requesting} so that it can present its opinions and relevant information.",
            Record.Fact("refusalGroundsInvoked", string.Join(",", f.RefusalGrounds.Select(g => Record.Name(g)))));
}

/// <summary>UNTOC art. 16(15): no refusal on the sole ground that the offence also involves fiscal matters.</summary>
[Name("R-EX-14"), Cites("UNTOC art. 16(15)")]
internal sealed class ExtraditionFiscalRefusalRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsExtradition, x => x.IsUntocFamily, x => x.Invokes(RefusalGround.Fiscal)];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => Shared.FiscalMatters.Assess(ctx, f, "UNTOC art. 16(15)", "Extradition");
}

/// <summary>UNTOC art. 16(14): discrimination on account of sex, race, religion, nationality, ethnic origin or political opinions.</summary>
[Name("R-EX-12"), Cites("UNTOC art. 16(14)")]
internal sealed class ExtraditionDiscriminationRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsExtradition, x => x.IsUntocFamily, x => x.Invokes(RefusalGround.Discrimination)];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => Article16ExtraditionRefusal.Discrimination(ctx, f, "sex, race, religion, nationality, ethnic origin or political opinions");
}

/// <summary>UNTOC art. 16(10): refusing a national obliges the requested State to prosecute, at the requesting State's request.</summary>
[Name("R-EX-09"), Cites("UNTOC art. 16(10)")]
internal sealed class ExtraditeOrProsecuteRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsExtradition, x => x.IsUntocFamily, x => x.Invokes(RefusalGround.Nationality)];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => Article16ExtraditionRefusal.Nationality(ctx, f, "UNTOC art. 16(7)", "UNTOC art. 16(10)");
}

/// <summary>UNTOC art. 16(1): without dual criminality the article does not apply, so that refusal is open.</summary>
[Name("R-EX-DC"), Cites("UNTOC art. 16(1)")]
internal sealed class ExtraditionDualCriminalityRefusalRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsExtradition, x => x.IsUntocFamily, x => x.Invokes(RefusalGround.AbsenceOfDualCriminality)];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => Article16ExtraditionRefusal.AbsenceOfDualCriminality(ctx, f, "UNTOC art. 16(1)");
}

/// <summary>UNTOC art. 16(7): other refusal grounds are those of the requested State's domestic law and treaties.</summary>
[Name("R-EX-07/grounds"), Cites("UNTOC art. 16(7)")]
internal sealed class ExtraditionDomesticRefusalGroundsRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsExtradition, x => x.IsUntocFamily, x => x.RefusalGrounds.Count > 0];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => Article16ExtraditionRefusal.DomesticGrounds(ctx, f, "UNTOC art. 16(7)");
}

/// <summary>UNTOC art. 16(16): consult before refusing, where appropriate.</summary>
[Name("R-EX-15"), Cites("UNTOC art. 16(16)")]
internal sealed class ConsultBeforeRefusingExtraditionRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsExtradition, x => x.IsUntocFamily, x => x.RefusalGrounds.Count > 0];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => Article16ExtraditionRefusal.Consult(ctx, f);
}

/// <summary>
/// UNTOC art. 16(11)-(12): a State that surrenders nationals only on condition that they are returned to serve the
/// sentence discharges art. 16(10) by such conditional surrender, where both States agree; and where extradition to
/// enforce a sentence is refused because the person is a national, it shall, if its law permits and upon
/// application, consider enforcing the sentence or its remainder.
/// </summary>
[Name("R-EX-10"), Cites("UNTOC art. 16(11)")]
internal sealed class ConditionalSurrenderRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsExtradition, x => x.IsUntocFamily, x => x.Invokes(RefusalGround.Nationality)];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => Record.Finding(ctx, f, Effect.Consider,
        $"If the law of {f.Requested} allows surrendering a national on condition of return to serve the sentence, such surrender agreed by both States discharges the duty to prosecute; for a sentence already imposed, it is to consider enforcing it (art. 16(12)).",
        Record.Fact("refusalGroundsInvoked", "nationality"));
}
