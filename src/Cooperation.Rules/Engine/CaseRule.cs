using System.Linq.Expressions;
using Cooperation.Rules.Facts;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Cooperation.Rules.Engine;

/// <summary>
/// The shape every rule of this assembly has: conditions on the one <see cref="CaseFacts"/> of a session (alpha
/// conditions only, never joins), and an action that records conclusions. A rule class states only its name, its
/// citation, its conditions and its action.
/// </summary>
internal abstract class CaseRule : Rule
{
    /// <summary>Gets the conditions, all of which must hold; each reads the case facts only.</summary>
    protected abstract IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions { get; }

    /// <summary>Records what the provision concludes for the case.</summary>
    protected abstract void Act(IContext ctx, CaseFacts f);

    /// <inheritdoc/>
    public sealed override void Define()
    {
        CaseFacts f = default!;
        When().Match(() => f, [.. Conditions]);
        Then().Do(ctx => Act(ctx, f));
    }
}
