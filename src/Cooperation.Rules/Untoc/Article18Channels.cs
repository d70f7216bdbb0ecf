using System.Linq.Expressions;
using Cooperation.Evaluation;
using Cooperation.Rules.Citations;
using Cooperation.Rules.Engine;
using Cooperation.Rules.Facts;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Cooperation.Rules.Untoc;

/// <summary>
/// UNTOC art. 18(13): requests are transmitted to the central authority the requested State designated, without
/// prejudice to its right to require transmission through diplomatic channels and, in urgent circumstances, where
/// the States agree, through INTERPOL, if possible.
/// </summary>
internal static class Article18Channels
{
    public static void Assess(IContext ctx, CaseFacts f)
    {
        var profile = f.RequestedProfile;
        if (profile.RequiresDiplomaticChannel?.Value == true)
        {
            Record.Finding(ctx, f, Effect.Must, $"{f.Requested} requires requests through diplomatic channels.", Record.Fact("requestedState.requiresDiplomaticChannel", true));
        }
        else if (profile.CentralAuthorities.Count > 0)
        {
            Record.Finding(ctx, f, Effect.Must, $"Send the request to the central authority of {f.Requested}: {string.Join("; ", profile.CentralAuthorities.Select(c => c.Value))}.",
                Record.Fact("requestedState.centralAuthorities", string.Join("; ", profile.CentralAuthorities.Select(c => c.Value))));
        }
        else
        {
            Record.Finding(ctx, f, Effect.Consider, $"No central authority of {f.Requested} is known: find it in the directory, or use the diplomatic channel.",
                Record.Fact("requestedState.centralAuthorities", null));
        }

        if (f.Urgent)
        {
            var interpol = profile.AcceptsInterpolWhenUrgent?.Value;
            Record.Finding(ctx, f, interpol == true ? Effect.May : Effect.DependsOnDomesticLaw,
                interpol == true
                    ? "Urgent: the request may also go through INTERPOL, which the requested State accepts."
                    : "Urgent: INTERPOL may be used only where both States agree; the requested State's position is not known.",
                Record.Fact("urgent", true), Record.Fact("requestedState.acceptsInterpolWhenUrgent", interpol));
        }
    }
}

/// <summary>The channel for a request (UNTOC art. 18(13)).</summary>
[Name("R-CH-01"), Cites("UNTOC art. 18(13)")]
internal sealed class TransmissionChannelRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsMutualLegalAssistance, x => x.IsUntocFamily];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => Article18Channels.Assess(ctx, f);
}
