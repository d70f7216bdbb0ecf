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
/// UNTOC art. 3(1): the Convention applies to (a) the offences established in accordance with arts. 5, 6, 8 and 23
/// and (b) serious crime, where the offence is transnational in nature and involves an organized criminal group.
/// The Protocol offences count as offences established by the Convention (Protocols, art. 1(3)).
/// </summary>
internal static class Article03Scope
{
    /// <summary>Art. 3(1)(a) or (b): an offence the Convention establishes, or serious crime.</summary>
    public static bool? IsArticle3Offence(CaseFacts f) =>
        f.Category is OffenceCategory c && OffenceCategories.IsUntocOffence(c) ? true : Article02SeriousCrime.IsSeriousCrime(f);

    /// <summary>A "covered offence": art. 3(1)(a) or (b), transnational and involving an organized criminal group.</summary>
    public static bool? IsCovered(CaseFacts f) =>
        Logic.And(IsArticle3Offence(f), Article03Transnationality.IsTransnational(f), Article02OrganizedCriminalGroup.IsOrganizedCriminalGroup(f));

    public static void Assess(IContext ctx, CaseFacts f)
    {
        var facts = new[]
        {
            Record.Fact("offence.category", f.Category),
            Record.Fact("seriousCrime", Article02SeriousCrime.IsSeriousCrime(f)),
            Record.Fact("transnational", Article03Transnationality.IsTransnational(f)),
            Record.Fact("organizedCriminalGroup", Article02OrganizedCriminalGroup.IsOrganizedCriminalGroup(f)),
        };
        switch (IsCovered(f))
        {
            case true:
                Record.Finding(ctx, f, Effect.Must, "An offence within art. 3(1), transnational and involving an organized criminal group: the Convention applies.", facts);
                break;
            case false:
                Record.Finding(ctx, f, Effect.NotApplicable, "Not an offence covered by art. 3(1) (it must be a Convention offence or serious crime, transnational, and involve an organized criminal group).", facts);
                break;
        }
    }
}

/// <summary>Whether the offence is covered by the Convention (UNTOC art. 3(1)).</summary>
[Name("R-SC-08"), Cites("UNTOC art. 3(1)")]
internal sealed class ScopeRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsUntocFamily, x => Article03Scope.IsCovered(x) != null];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => Article03Scope.Assess(ctx, f);
}
