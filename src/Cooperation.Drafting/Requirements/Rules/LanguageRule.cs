using System.Linq.Expressions;
using Cooperation.Drafting.Validation;
using Cooperation.Languages;
using Cooperation.Law;
using Cooperation.Profiles;
using NRules.Fluent.Dsl;

namespace Cooperation.Drafting.Requirements.Rules;

/// <summary>
/// UNTOC art. 18(14): requests are made in a language acceptable to the requested State (for extradition: the
/// treaty or the requested State's law, commonly a translation into its language). The draft's language is compared
/// with the languages the requested authority or State accepts.
/// </summary>
[Name("D-LANGUAGE")]
internal sealed class LanguageRule : DraftRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<DraftFacts, bool>>> Conditions => [x => true];

    /// <inheritdoc/>
    protected override void Act(DraftFacts f)
    {
        var source = f.IsMutualLegalAssistance
            ? (f.Instrument == Instrument.Uncac ? "UNCAC art. 46(14)" : f.Instrument == Instrument.DrugConvention1988 ? "1988 art. 7(9)" : "UNTOC art. 18(14)")
            : Practice.ModelExtraditionTreaty("(3)");
        var accepted = f.Advice.Languages;
        if (f.Draft.Language is not LanguageTag language)
        {
            f.Issues.Add(new DraftIssue(IssueSeverity.Warning, "$.language", "The language of the request is not stated.", source, "State the language the request is written in."));
            return;
        }

        if (accepted.Count == 0)
        {
            f.Issues.Add(new DraftIssue(IssueSeverity.Warning, "$.language", $"The languages acceptable to {f.Requested.Name} are not known.", source,
                "Check the requested State's notification or the directory, and attach a translation if needed."));
            return;
        }

        var direct = accepted.Any(a => a.Condition is null && a.TranslationInto is null && a.Language is { } l && l.Language == language.Language);
        var viaTranslation = accepted.Where(a => a.Condition is null && a.TranslationInto is not null && (a.Language is null || a.Language.Value.Language == language.Language)).ToList();
        if (direct)
        {
            return;
        }

        var wanted = string.Join(" or ", (viaTranslation.Count > 0 ? viaTranslation.Select(a => a.TranslationInto!.Value) : accepted.Where(a => a.Language is not null).Select(a => a.Language!.Value))
            .Select(t => t.LanguageName.Split(';')[0]).Distinct());
        f.Issues.Add(new DraftIssue(
            viaTranslation.Count > 0 ? IssueSeverity.Warning : IssueSeverity.Error,
            "$.language",
            viaTranslation.Count > 0
                ? $"{language.LanguageName.Split(';')[0]} is accepted by {f.Requested.Name} only with a translation into {wanted}."
                : $"{language.LanguageName.Split(';')[0]} is not a language acceptable to {f.Requested.Name} ({string.Join("; ", accepted)}).",
            source,
            $"Attach a translation into {wanted} (the sections written in {language.LanguageName.Split(';')[0]} are marked for translation)."));
    }
}
