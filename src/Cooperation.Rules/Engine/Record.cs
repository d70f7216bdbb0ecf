using System.Collections.Concurrent;
using Cooperation.Evaluation;
using Cooperation.Law;
using Cooperation.Rules.Citations;
using Cooperation.Rules.Facts;
using NRules.RuleModel;

namespace Cooperation.Rules.Engine;

/// <summary>
/// How rule actions record their conclusions: each finding takes its rule id and citation from the firing rule's
/// metadata (<c>[Name("R-SC-01")]</c>, <c>[Cites("UNTOC art. 2(b)")]</c>), so a rule states its citation once.
/// </summary>
internal static class Record
{
    private static readonly ConcurrentDictionary<string, (string Id, ArticleCitation Citation)> Metadata = new(StringComparer.Ordinal);

    public static void Finding(IContext ctx, CaseFacts f, Effect effect, string explanation, params FactUsed[] facts)
    {
        var (id, citation) = Of(ctx.Rule);
        f.Conclusions.Findings.Add(new Finding(id, effect, citation, facts, explanation));
    }

    public static void Need(IContext ctx, CaseFacts f, string fact, string reason)
    {
        var (_, citation) = Of(ctx.Rule);
        if (!f.Conclusions.InformationNeeded.Any(n => n.Fact == fact && n.Citation == citation))
        {
            f.Conclusions.InformationNeeded.Add(new InformationNeeded(fact, citation, reason));
        }
    }

    public static void Basis(IContext ctx, CaseFacts f, int rank, LegalBasisKind kind, string description)
    {
        // The instrument is a legal basis only between two States for which it is in force on the date: a State
        // that is not (yet) a party, or whose status the data cannot vouch for, never yields one.
        if (kind == LegalBasisKind.Convention && !Untoc.InstrumentInForce.InForceFor(f))
        {
            return;
        }

        f.Conclusions.LegalBases.Add((rank, new LegalBasis(kind, Of(ctx.Rule).Citation, description)));
    }

    public static void Refusal(IContext ctx, CaseFacts f, RefusalGround ground, bool? valid, string explanation)
    {
        if (!f.Conclusions.RefusalGrounds.Any(r => r.Ground == ground))
        {
            f.Conclusions.RefusalGrounds.Add(new RefusalGroundAssessment(ground, valid, Of(ctx.Rule).Citation, explanation));
        }
    }

    public static void Exclude(CaseFacts f, string reason) => f.Conclusions.Exclusions.Add(reason);

    public static FactUsed Fact(string name, object? value) => new(name, value switch
    {
        null => null,
        bool b => b ? "true" : "false",
        Enum e => Name(e),
        _ => value.ToString(),
    });

    /// <summary>A date as ISO-8601 text (a cached pattern: formatting with a pattern string parses it every time).</summary>
    public static string Date(NodaTime.LocalDate date) => NodaTime.Text.LocalDatePattern.Iso.Format(date);

    /// <summary>The JSON name of an enum value (camelCase), as users write it in cases.</summary>
    public static string Name(Enum value) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    private static (string Id, ArticleCitation Citation) Of(IRuleDefinition rule) =>
        Metadata.GetOrAdd(rule.Name, static (name, tags) =>
        {
            var cite = tags.FirstOrDefault(t => t.StartsWith(CitesAttribute.TagPrefix, StringComparison.Ordinal))
                ?? throw new InvalidOperationException($"Rule '{name}' carries no [Cites] attribute.");
            var slash = name.IndexOf('/', StringComparison.Ordinal);
            return (slash < 0 ? name : name[..slash], ArticleCitation.Parse(cite[CitesAttribute.TagPrefix.Length..]));
        }, rule.Tags);
}
