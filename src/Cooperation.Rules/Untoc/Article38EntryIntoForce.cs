using System.Linq.Expressions;
using Cooperation.Evaluation;
using Cooperation.Law;
using Cooperation.Rules.Citations;
using Cooperation.Rules.Engine;
using Cooperation.Rules.Facts;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Cooperation.Rules.Untoc;

/// <summary>
/// Entry into force between two States on a date (UNTOC art. 38; its Protocols, arts. 17, 22 and 18; UNCAC art.
/// 68; the 1988 Convention art. 29): the instrument binds them to each other only once it is in force for both.
/// The dates come from the State profiles; a date the data cannot vouch for is unknown.
/// </summary>
internal static class InstrumentInForce
{
    public static bool? InForceBetween(CaseFacts f, Instrument instrument) =>
        Logic.And(f.RequestingProfile.IsPartyOn(instrument, f.AsOf), f.RequestedProfile.IsPartyOn(instrument, f.AsOf));

    /// <summary>Whether the case's instrument (and, for a Protocol, the Convention too) is in force between the two States on the date.</summary>
    public static bool InForceFor(CaseFacts f) =>
        InForceBetween(f, f.Instrument) == true && (!f.Instrument.IsProtocol || InForceBetween(f, Instrument.Untoc) == true);

    public static void Assess(IContext ctx, CaseFacts f, Instrument instrument)
    {
        var requesting = f.RequestingProfile.IsPartyOn(instrument, f.AsOf);
        var requested = f.RequestedProfile.IsPartyOn(instrument, f.AsOf);
        var facts = new[]
        {
            Record.Fact($"requestingState.partyTo.{instrument}", requesting),
            Record.Fact($"requestedState.partyTo.{instrument}", requested),
            Record.Fact("asOf", f.AsOf),
        };
        switch (Logic.And(requesting, requested))
        {
            case true:
                Record.Finding(ctx, f, Effect.Must, $"{instrument} is in force for both {f.Requesting} and {f.Requested} on {Record.Date(f.AsOf)}.", facts);
                break;
            case false:
                var notParty = requesting == false ? f.Requesting : f.Requested;
                Record.Finding(ctx, f, Effect.NotApplicable, $"{notParty} is not a party to {instrument} in force on {Record.Date(f.AsOf)}: it does not apply between the two States.", facts);
                Record.Exclude(f, $"{instrument} not in force for {notParty}");
                break;
            default:
                if (requesting is null)
                {
                    Record.Need(ctx, f, $"requestingState.partyTo.{instrument}", $"Whether {f.Requesting} is a party to {instrument} on {Record.Date(f.AsOf)} is not in the State data.");
                }

                if (requested is null)
                {
                    Record.Need(ctx, f, $"requestedState.partyTo.{instrument}", $"Whether {f.Requested} is a party to {instrument} on {Record.Date(f.AsOf)} is not in the State data.");
                }

                break;
        }
    }
}

/// <summary>UNTOC in force between the two States (UNTOC art. 38); also required for a Protocol (art. 37(2)).</summary>
[Name("R-APP-01"), Cites("UNTOC art. 38")]
internal sealed class UntocInForceRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsUntocFamily];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => InstrumentInForce.Assess(ctx, f, Instrument.Untoc);
}
