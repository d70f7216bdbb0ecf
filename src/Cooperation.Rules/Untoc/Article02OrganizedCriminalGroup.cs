using System.Linq.Expressions;
using Cooperation.Evaluation;
using Cooperation.Rules.Citations;
using Cooperation.Rules.Engine;
using Cooperation.Rules.Facts;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Cooperation.Rules.Untoc;

/// <summary>
/// UNTOC art. 2(a): "Organized criminal group" shall mean a structured group of three or more persons, existing for
/// a period of time and acting in concert with the aim of committing one or more serious crimes or offences
/// established in accordance with this Convention, in order to obtain, directly or indirectly, a financial or other
/// material benefit. Art. 2(c): "Structured group" shall mean a group that is not randomly formed for the immediate
/// commission of an offence and that does not need to have formally defined roles for its members, continuity of
/// its membership or a developed structure.
/// </summary>
internal static class Article02OrganizedCriminalGroup
{
    /// <summary>Art. 2(c): structured unless randomly formed; roles, continuity and structure are not required.</summary>
    public static bool? IsStructured(CaseFacts f) =>
        f.Offence.Group?.RandomlyFormedForImmediateCommission is bool random ? !random : null;

    public static bool? IsOrganizedCriminalGroup(CaseFacts f)
    {
        if (f.Offence.OrganizedCriminalGroup is bool stated)
        {
            return stated;
        }

        if (f.Offence.Group is not { } g)
        {
            return null;
        }

        return Logic.And(
            g.Members is int members ? members >= 3 : null,
            g.ExistsForPeriodOfTime,
            g.ActsInConcert,
            IsStructured(f),
            g.AimsAtSeriousCrimeOrConventionOffence,
            g.ForFinancialOrMaterialBenefit);
    }

    public static void AssessStructure(IContext ctx, CaseFacts f)
    {
        var random = Record.Fact("offence.group.randomlyFormedForImmediateCommission", f.Offence.Group?.RandomlyFormedForImmediateCommission);
        if (IsStructured(f) == true)
        {
            Record.Finding(ctx, f, Effect.Must, "Not randomly formed for the immediate commission of an offence: a structured group (formal roles, continuity and a developed structure are not required).", random);
        }
        else
        {
            Record.Finding(ctx, f, Effect.NotApplicable, "Randomly formed for the immediate commission of an offence: not a structured group.", random);
        }
    }

    public static void Assess(IContext ctx, CaseFacts f)
    {
        var g = f.Offence.Group!;
        var facts = new[]
        {
            Record.Fact("offence.group.members", g.Members),
            Record.Fact("offence.group.existsForPeriodOfTime", g.ExistsForPeriodOfTime),
            Record.Fact("offence.group.actsInConcert", g.ActsInConcert),
            Record.Fact("offence.group.randomlyFormedForImmediateCommission", g.RandomlyFormedForImmediateCommission),
            Record.Fact("offence.group.aimsAtSeriousCrimeOrConventionOffence", g.AimsAtSeriousCrimeOrConventionOffence),
            Record.Fact("offence.group.forFinancialOrMaterialBenefit", g.ForFinancialOrMaterialBenefit),
        };
        switch (IsOrganizedCriminalGroup(f))
        {
            case true:
                Record.Finding(ctx, f, Effect.Must, "Three or more persons, existing for a period, acting in concert as a structured group, aiming at serious crime for a material benefit: an organized criminal group.", facts);
                break;
            case false:
                Record.Finding(ctx, f, Effect.NotApplicable, "At least one element of an organized criminal group is absent.", facts);
                break;
        }
    }
}

/// <summary>Whether the group is structured (UNTOC art. 2(c)).</summary>
[Name("R-SC-02"), Cites("UNTOC art. 2(c)")]
internal sealed class StructuredGroupRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsUntocFamily, x => Article02OrganizedCriminalGroup.IsStructured(x) != null];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => Article02OrganizedCriminalGroup.AssessStructure(ctx, f);
}

/// <summary>Whether the group stated element by element is an organized criminal group (UNTOC art. 2(a)).</summary>
[Name("R-SC-03"), Cites("UNTOC art. 2(a)")]
internal sealed class OrganizedCriminalGroupRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsUntocFamily, x => x.Offence.OrganizedCriminalGroup == null, x => x.Offence.Group != null];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => Article02OrganizedCriminalGroup.Assess(ctx, f);
}
