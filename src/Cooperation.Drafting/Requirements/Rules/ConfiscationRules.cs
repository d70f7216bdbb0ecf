using System.Linq.Expressions;
using Cooperation.Drafting.Drafts;
using Cooperation.Law;
using NRules.Fluent.Dsl;

namespace Cooperation.Drafting.Requirements.Rules;

/// <summary>
/// UNTOC art. 13(3): besides the contents of art. 18(15), a request (a) for a domestic confiscation order describes
/// the property and gives facts sufficient to seek the order; (b) for enforcing a foreign order attaches a legally
/// admissible copy of the order, a statement of the facts and the extent of execution requested; (c) for
/// identifying, tracing, freezing or seizing gives the facts and a description of the actions requested.
/// </summary>
internal static class Confiscation
{
    public static IEnumerable<int> WithRoute(DraftFacts f, ConfiscationRoute route) =>
        Enumerable.Range(0, f.Measures.Count).Where(i => f.Measures[i].Route == route);
}

/// <summary>UNTOC art. 13(3)(a).</summary>
[Name("D-CONF-a")]
internal sealed class DomesticOrderRule : DraftRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<DraftFacts, bool>>> Conditions => [x => x.IsMutualLegalAssistance, x => x.Measures.Any(m => m.Route == ConfiscationRoute.DomesticOrder)];

    /// <inheritdoc/>
    protected override void Act(DraftFacts f)
    {
        var citation = ArticleCitation.Create(Instrument.Untoc, 13, 3, 'a');
        foreach (var i in Confiscation.WithRoute(f, ConfiscationRoute.DomesticOrder))
        {
            f.Require($"$.measures[{i}].property", RequirementLevel.Required, citation, "A description of the property to be confiscated.");
        }

        f.Require("$.factsSummary", RequirementLevel.Required, citation, "A statement of the facts sufficient for the requested State to seek a confiscation order.");
    }
}

/// <summary>UNTOC art. 13(3)(b).</summary>
[Name("D-CONF-b")]
internal sealed class ForeignOrderRule : DraftRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<DraftFacts, bool>>> Conditions => [x => x.IsMutualLegalAssistance, x => x.Measures.Any(m => m.Route == ConfiscationRoute.ForeignOrder)];

    /// <inheritdoc/>
    protected override void Act(DraftFacts f)
    {
        var citation = ArticleCitation.Create(Instrument.Untoc, 13, 3, 'b');
        foreach (var i in Confiscation.WithRoute(f, ConfiscationRoute.ForeignOrder))
        {
            f.Require($"$.measures[{i}].orderReference", RequirementLevel.Required, citation, "The confiscation order, a legally admissible copy of which is attached.");
            f.Require($"$.measures[{i}].extentOfExecution", RequirementLevel.Required, citation, "The extent to which execution of the order is requested.");
        }

        f.Require("$.factsSummary", RequirementLevel.Required, citation, "A statement of the facts.");
    }
}

/// <summary>UNTOC art. 13(3)(c).</summary>
[Name("D-CONF-c")]
internal sealed class FreezeOrSeizeRule : DraftRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<DraftFacts, bool>>> Conditions => [x => x.IsMutualLegalAssistance, x => x.Measures.Any(m => m.Route == ConfiscationRoute.FreezeOrSeize)];

    /// <inheritdoc/>
    protected override void Act(DraftFacts f)
    {
        var citation = ArticleCitation.Create(Instrument.Untoc, 13, 3, 'c');
        foreach (var i in Confiscation.WithRoute(f, ConfiscationRoute.FreezeOrSeize))
        {
            f.Require($"$.measures[{i}].description", RequirementLevel.Required, citation, "A description of the actions requested.");
        }

        f.Require("$.factsSummary", RequirementLevel.Required, citation, "A statement of the facts relied on.");
    }
}
