using System.Linq.Expressions;
using Cooperation.Evaluation;
using Cooperation.Languages;
using Cooperation.Profiles;
using Cooperation.Rules.Citations;
using Cooperation.Rules.Engine;
using Cooperation.Rules.Facts;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Cooperation.Rules.Untoc;

/// <summary>
/// UNTOC art. 18(14): requests shall be made in writing or, where possible, by any means capable of producing a
/// written record, in a language acceptable to the requested State, under conditions allowing it to establish
/// authenticity; in urgent circumstances and where agreed by the States, requests may be made orally, but shall be
/// confirmed in writing forthwith.
/// </summary>
internal static class Article18FormAndLanguage
{
    /// <summary>Whether the request, with its translations, is in a language the requested State notified as acceptable.</summary>
    public static bool? LanguageAccepted(CaseFacts f)
    {
        if (f.Case.Request?.Language is not LanguageTag language || f.RequestedProfile.MlaLanguages is not LanguageRequirement accepted)
        {
            return null;
        }

        var translations = f.Case.Request.Translations ?? [];
        return accepted.Accepted.Any(a => a.Condition is null && Satisfies(a, language, translations));
    }

    private static bool Satisfies(LanguageAcceptance acceptance, LanguageTag language, IReadOnlyList<LanguageTag> translations) =>
        (acceptance.Language is null || SameLanguage(acceptance.Language.Value, language))
        && (acceptance.TranslationInto is null || SameLanguage(acceptance.TranslationInto.Value, language) || translations.Any(t => SameLanguage(t, acceptance.TranslationInto.Value)));

    private static bool SameLanguage(LanguageTag a, LanguageTag b) => a.Language == b.Language;

    public static void Language(IContext ctx, CaseFacts f)
    {
        var language = Record.Fact("request.language", f.Case.Request?.Language);
        var notified = f.RequestedProfile.MlaLanguages;
        switch (LanguageAccepted(f))
        {
            case true:
                Record.Finding(ctx, f, Effect.Must, $"The request is in a language acceptable to {f.Requested} ({notified!.Statement}).", language);
                break;
            case false:
                Record.Finding(ctx, f, Effect.May,
                    $"Not in a language acceptable to {f.Requested} ({notified!.Statement}): the request does not conform and may be refused (art. 18(21)(a)); attach a translation.", language);
                break;
            default:
                Record.Finding(ctx, f, Effect.DependsOnDomesticLaw,
                    notified is null ? $"The languages acceptable to {f.Requested} are not known: check its notification under art. 18(14)." : $"Write the request in a language acceptable to {f.Requested}: {notified.Statement}.",
                    language);
                break;
        }
    }

    public static void Oral(IContext ctx, CaseFacts f)
    {
        if (f.Urgent)
        {
            Record.Finding(ctx, f, Effect.Must, "An oral request is possible in urgent circumstances where both States agree, and must be confirmed in writing forthwith.", Record.Fact("request.oral", true), Record.Fact("urgent", true));
        }
        else
        {
            Record.Finding(ctx, f, Effect.May, "An oral request outside urgent circumstances does not conform to art. 18(14) and may be refused (art. 18(21)(a)): make it in writing.", Record.Fact("request.oral", true), Record.Fact("urgent", false));
        }
    }
}

/// <summary>The language of a request (UNTOC art. 18(14)).</summary>
[Name("R-LG-01"), Cites("UNTOC art. 18(14)")]
internal sealed class RequestLanguageRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsMutualLegalAssistance, x => x.IsUntocFamily];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => Article18FormAndLanguage.Language(ctx, f);
}

/// <summary>Oral requests (UNTOC art. 18(14)).</summary>
[Name("R-FM-02"), Cites("UNTOC art. 18(14)")]
internal sealed class OralRequestRule : CaseRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<CaseFacts, bool>>> Conditions => [x => x.IsMutualLegalAssistance, x => x.IsUntocFamily, x => x.Case.Request != null && x.Case.Request.Oral == true];

    /// <inheritdoc/>
    protected override void Act(IContext ctx, CaseFacts f) => Article18FormAndLanguage.Oral(ctx, f);
}
