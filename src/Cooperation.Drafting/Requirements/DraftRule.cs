using System.Linq.Expressions;
using NRules.Fluent.Dsl;

namespace Cooperation.Drafting.Requirements;

/// <summary>The shape of every requirement rule: conditions on the draft facts, and an action that adds requirements or issues.</summary>
internal abstract class DraftRule : Rule
{
    /// <summary>Gets the conditions, all of which must hold.</summary>
    protected abstract IEnumerable<Expression<Func<DraftFacts, bool>>> Conditions { get; }

    /// <summary>Adds what the rule requires of the draft.</summary>
    protected abstract void Act(DraftFacts f);

    /// <inheritdoc/>
    public sealed override void Define()
    {
        DraftFacts f = default!;
        When().Match(() => f, [.. Conditions]);
        Then().Do(_ => Act(f));
    }
}
