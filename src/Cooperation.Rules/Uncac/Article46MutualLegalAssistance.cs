using System.Linq.Expressions;
using Cooperation.Evaluation;
using Cooperation.Requests;
using Cooperation.Rules.Citations;
using Cooperation.Rules.Engine;
using Cooperation.Rules.Facts;
using Cooperation.Rules.Untoc;
using NRules.Fluent.Dsl;
using NRules.RuleModel;
using UncacInstrument = Cooperation.Law.Instrument;

namespace Cooperation.Rules.Uncac;

/// <summary>
/// UNCAC art. 46: mutual legal assistance for the offences covered by UNCAC, with no transnationality or
/// organized-group test (46(1)); without dual criminality the requested State may decline, but must, where
/// consistent with the basic concepts of its legal system, render assistance that does not involve coercive action
/// (46(9)(b)), taking into account the purposes of the Convention (46(9)(a)).
/// </summary>
/// <remarks>
/// Which measures are coercive is an interpretation [I]: searches, seizures, freezing and asset recovery are;
/// service of documents, voluntary appearance and the provision of information are not; the others depend on how
/// the requested State executes them.
/// </remarks>
internal static class Article46MutualLegalAssistance
{
    public static bool? Applies(CaseFacts f) => f.Category is OffenceCategory c ? OffenceCategories.IsUncacOffence(c) : null;

    public static bool? IsCoercive(MlaMeasure measure) => measure switch
    {
        MlaMeasure.SearchSeizureAndFreezing or MlaMeasure.FreezingAndTracingUnderUncacChapterV or MlaMeasure.AssetRecovery => true,
        MlaMeasure.ServiceOfJudicialDocuments or MlaMeasure.VoluntaryAppearance or MlaMeasure.InformationEvidenceAndExpertEvaluations => false,
        _ => null,
    };

    public static void Assess(IContext ctx, CaseFacts f)
    {
        switch (Applies(f))
        {
            case true:
                Record.Basis(ctx, f, 2, LegalBasisKind.Convention, "UNCAC art. 46: the widest measure of mutual legal assistance for offences covered by UNCAC");
                Record.Finding(ctx, f, Effect.Must, "An offence covered by UNCAC: the widest measure of mutual legal assistance is due, without any transnationality or organized-group test.", Record.Fact("offence.category", f.Category));
                break;
            case false:
                Record.Finding(ctx, f, Effect.NotApplicable, "Not an offence established by UNCAC.", Record.Fact("offence.category", f.Category));
                Record.Exclude(f, "not an UNCAC offence");
                break;
            default:
                Record.Need(ctx, f, "offence.category", "Art. 46 applies to the offences UNCAC establishes: state the offence category.");
                break;
        }
    }

    public static void WithoutDualCriminality(IContext ctx, CaseFacts f)
    {
        Record.Finding(ctx, f, Effect.Consider, "Without dual criminality, the requested State takes into account the purposes of UNCAC (art. 1) when responding.", Record.Fact("dualCriminality", false));
        foreach (var measure in f.Measures)
        {
            var fact = Record.Fact("measures", measure);
            switch (IsCoercive(measure))
            {
                case false:
                    Record.Finding(ctx, f, Effect.Must, $"{Record.Name(measure)} involves no coercive action: it must be rendered without dual criminality, where consistent with the basic concepts of the requested State's legal system, unless the request is de minimis.", fact);
                    break;
                case true:
                    Record.Finding(ctx, f, Effect.May, $"{Record.Name(measure)} involves coercive action: without dual criminality the requested State may decline.", fact);
                    break;
                default:
                    Record.Finding(ctx, f, Effect.DependsOnDomesticLaw, $"Whether {measure} involves coercive action depends on how the requested State executes it: if it does, assistance may be declined without dual criminality.", fact);
                    break;
            }
        }

        if (f.Invokes(RefusalGround.AbsenceOfDualCriminality))
        {
            var coercive = f.Measures.Any(m => IsCoercive(m) != false);
            Record.Refusal(ctx, f, RefusalGround.AbsenceOfDualCriminality, coercive ? true : false, coercive
                ? "Assistance involving coercive action may be declined for absence of dual criminality."
                : "Only non-coercive assistance is sought: it must be rendered even without dual criminality.");
        }
    }
}

/// <summary>UNCAC art. 46(1): offences covered by UNCAC, no transnationality or organized-group test.</summary>
[Name("R-SC-11"), Cites("UNCAC art. 46(1)")]
internal sealed class UncacMutualLegalAssistanceRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsMutualLegalAssistance, x => x.IsUncac];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => Article46MutualLegalAssistance.Assess(ctx, f);
}

/// <summary>UNCAC art. 46(3): the measures sought, (a)-(k).</summary>
[Name("R-MLA-04/UNCAC"), Cites("UNCAC art. 46(3)")]
internal sealed class UncacMeasuresRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsMutualLegalAssistance, x => x.IsUncac, x => x.Measures.Count > 0];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => Article18Measures.Assess(ctx, f, UncacInstrument.Uncac);
}

/// <summary>UNCAC art. 46(9)(b): without dual criminality, non-coercive assistance is still due.</summary>
[Name("R-DC-05"), Cites("UNCAC art. 46(9)(b)")]
internal sealed class UncacNonCoerciveAssistanceRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsMutualLegalAssistance, x => x.IsUncac, x => x.DualCriminality == false];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => Article46MutualLegalAssistance.WithoutDualCriminality(ctx, f);
}

/// <summary>UNCAC art. 46(8): no refusal on the ground of bank secrecy.</summary>
[Name("R-MLA-07/UNCAC"), Cites("UNCAC art. 46(8)")]
internal sealed class UncacBankSecrecyRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsMutualLegalAssistance, x => x.IsUncac, x => x.Invokes(RefusalGround.BankSecrecy)];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => Article18Refusal.BankSecrecy(ctx, f, "UNCAC art. 46(8)");
}

/// <summary>UNCAC art. 46(22): no refusal on the sole ground of fiscal matters.</summary>
[Name("R-MLA-08/UNCAC"), Cites("UNCAC art. 46(22)")]
internal sealed class UncacFiscalRefusalRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsMutualLegalAssistance, x => x.IsUncac, x => x.Invokes(RefusalGround.Fiscal)];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => Shared.FiscalMatters.Assess(ctx, f, "UNCAC art. 46(22)", "Assistance");
}

/// <summary>UNCAC art. 46(21): the optional grounds, as UNTOC art. 18(21).</summary>
[Name("R-MLA-21/UNCAC"), Cites("UNCAC art. 46(21)")]
internal sealed class UncacOptionalGroundsRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsMutualLegalAssistance, x => x.IsUncac, x => x.RefusalGrounds.Count > 0];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => Shared.OptionalRefusalGrounds.Assess(ctx, f, "UNCAC art. 46(21)", "UNCAC art. 46(25)");
}

/// <summary>UNCAC art. 46(13): the central authority and channels, as UNTOC art. 18(13).</summary>
[Name("R-CH-01/UNCAC"), Cites("UNCAC art. 46(13)")]
internal sealed class UncacTransmissionChannelRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsMutualLegalAssistance, x => x.IsUncac];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => Article18Channels.Assess(ctx, f);
}

/// <summary>UNCAC art. 46(14): writing and language, as UNTOC art. 18(14).</summary>
[Name("R-LG-01/UNCAC"), Cites("UNCAC art. 46(14)")]
internal sealed class UncacRequestLanguageRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsMutualLegalAssistance, x => x.IsUncac];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => Article18FormAndLanguage.Language(ctx, f);
}
