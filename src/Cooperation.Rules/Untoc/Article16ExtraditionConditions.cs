using System.Linq.Expressions;
using Cooperation.Evaluation;
using Cooperation.Rules.Citations;
using Cooperation.Rules.Engine;
using Cooperation.Rules.Facts;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Cooperation.Rules.Untoc;

/// <summary>
/// UNTOC art. 16(7): extradition shall be subject to the conditions provided for by the domestic law of the
/// requested State Party or by applicable extradition treaties, including the minimum penalty requirement and the
/// grounds upon which it may refuse. The Convention sets no minimum penalty of its own.
/// </summary>
[Name("R-EX-07"), Cites("UNTOC art. 16(7)")]
internal sealed class ExtraditionConditionsRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsExtradition, x => x.IsUntocFamily];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => Record.Finding(ctx, f, Effect.DependsOnDomesticLaw,
            "Extradition remains subject to the requested State's domestic law and applicable treaties, including any minimum penalty and its grounds for refusal.",
            Record.Fact("requestedState", f.Requested));
}

/// <summary>
/// UNTOC art. 16(8): States Parties shall, subject to their domestic law, endeavour to expedite extradition
/// procedures and to simplify evidentiary requirements relating thereto.
/// </summary>
[Name("R-EX-20"), Cites("UNTOC art. 16(8)")]
internal sealed class ExpediteExtraditionRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsExtradition, x => x.IsUntocFamily];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => Record.Finding(ctx, f, Effect.Consider,
            "The requested State is to endeavour to expedite the procedure and simplify evidentiary requirements.",
            Record.Fact("requestedState", f.Requested));
}

/// <summary>
/// UNTOC art. 16(9): subject to its domestic law and treaties, the requested State may, upon being satisfied that
/// the circumstances warrant it and are urgent, and at the request of the requesting State, take a person sought
/// who is present in its territory into custody or take other measures to ensure that person's presence.
/// </summary>
[Name("R-EX-08"), Cites("UNTOC art. 16(9)")]
internal sealed class ProvisionalCustodyRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsExtradition, x => x.IsUntocFamily, x => x.Urgent, x => x.IsLocated(Cases.LocatedItem.PersonSought) != false];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => Record.Finding(ctx, f, Effect.May,
        $"Urgent: at the request of {f.Requesting}, {f.Requested} may take the person sought into custody, or take other measures to ensure their presence, subject to its law and treaties.",
        Record.Fact("urgent", true), Record.Fact("locatedInRequestedState.personSought", f.IsLocated(Cases.LocatedItem.PersonSought)));
}
