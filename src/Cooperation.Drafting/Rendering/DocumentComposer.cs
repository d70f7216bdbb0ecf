using Cooperation.Drafting.Drafts;
using Cooperation.Drafting.Templates;
using Cooperation.Drafting.Validation;
using Cooperation.Languages;
using Cooperation.Requests;
using NodaTime.Text;

namespace Cooperation.Drafting.Rendering;

/// <summary>Builds the <see cref="DraftDocument"/> of a draft: which sections it has, in which order, with which text.</summary>
internal static class DocumentComposer
{
    public static DraftDocument Compose(RequestDraft draft, Checklist checklist, TemplateLanguage language)
    {
        string T(string key, params object[] args) => TemplateText.Get(language, key, args);
        var translationNote = TranslationNote(draft, checklist, language);
        var sections = new List<DocumentSection>();

        void Section(string key, IEnumerable<DocumentLine?> lines, bool userText = true)
        {
            var content = lines.OfType<DocumentLine>().Where(l => !string.IsNullOrWhiteSpace(l.Text)).ToList();
            if (content.Count > 0)
            {
                sections.Add(new DocumentSection(sections.Count + 1, T(key), content, userText ? translationNote : null));
            }
        }

        DocumentLine? Line(string? labelKey, string? value, int level = 0) =>
            string.IsNullOrWhiteSpace(value) ? null : new DocumentLine(labelKey is null ? null : T(labelKey), value, level);

        IEnumerable<DocumentLine?> Authority(AuthorityDetails? a) =>
            a is null ? [] : [Line("label.name", a.Name), Line("label.functions", a.Functions), Line("label.address", a.Address), Line("label.contact", a.Contact)];

        var d = checklist.Determination;
        var legalBasis = d.LegalBasis.Count > 0
            ? d.LegalBasis.Select(b => new DocumentLine(b.Citation.ToString(), b.Description, 1))
            : [new DocumentLine(null, T("text.legalBasisUnconfirmed"))];

        Section("section.requestingAuthority", Authority(draft.RequestingAuthority));
        Section("section.legalBasis", legalBasis, userText: false);
        if (draft.Kind == RequestKind.Extradition)
        {
            var p = draft.PersonSought;
            Section("section.personSought", p is null ? [] :
            [
                Line("label.name", p.FullName), Line("label.aliases", Join(p.Aliases)), Line("label.dateOfBirth", p.DateOfBirth),
                Line("label.nationality", p.Nationality), Line("label.identityDocuments", Join(p.IdentityDocuments)),
                Line("label.description", p.Description), Line("label.location", p.Location),
                draft.Status is { } status ? new DocumentLine(null, T(status == ExtraditionStatus.Accused ? "status.accused" : "status.convicted")) : null,
            ]);
            if (draft.Status == ExtraditionStatus.Convicted)
            {
                var j = draft.Judgment;
                Section("section.judgment", j is null ? [] :
                [
                    Line("label.court", j.Court), Line("label.date", j.Date), Line("label.reference", j.Reference), Line("label.sentence", j.Sentence),
                    Line("label.remainingToServe", j.RemainingToServe), Line("label.enforceable", j.Enforceable),
                ]);
            }
            else
            {
                var w = draft.Warrant;
                Section("section.warrant", w is null ? [] : [Line("label.issuedBy", w.IssuedBy), Line("label.date", w.Date), Line("label.reference", w.Reference)]);
            }
        }
        else
        {
            Section("section.subjectMatter", [Line(null, draft.SubjectMatter)]);
            Section("section.conductingAuthority", Authority(draft.ConductingAuthority));
        }

        Section("section.facts", [Line(null, draft.FactsSummary)]);
        Section("section.offences", (draft.Offences ?? []).SelectMany(o => new[]
        {
            Line(null, o.Name, 1), Line("label.legalProvision", o.LegalProvision, 2), Line("label.penalty", o.Penalty, 2),
        }));
        Section("section.persons", (draft.Persons ?? []).SelectMany(p => new[]
        {
            Line(null, p.Name, 1), Line("label.role", p.Role, 2), Line("label.nationality", p.Nationality, 2),
            Line("label.location", p.Location, 2), Line("label.dateOfBirth", p.DateOfBirth, 2),
        }));
        Section("section.assistance", (draft.Measures ?? []).SelectMany(m => Measure(m, T, Line)));
        Section("section.procedures", [Line(null, draft.Procedures)]);
        Section("section.purpose", [Line(null, draft.Purpose)]);
        Section("section.assurances", (draft.Assurances ?? []).Select(a => Line(null, a, 1)));
        Section("section.urgency",
        [
            draft.Urgent == true ? new DocumentLine(null, T("text.urgent")) : null,
            Line("label.reasons", draft.UrgencyReasons),
            Line("label.deadline", draft.Deadline is { } deadline ? LocalDatePattern.Iso.Format(deadline) : null),
            Line("label.reasons", draft.DeadlineReason),
        ]);
        Section("section.confidentiality",
            [draft.Confidential == true ? new DocumentLine(null, T("text.confidential")) : null, Line("label.reasons", draft.ConfidentialityReasons)]);
        var advice = checklist.Transmission;
        Section("section.transmission",
        [
            advice.Channel is { } channel ? new DocumentLine(T("label.channel"), Camel(channel.ToString())) : null,
            advice.Recipients.Count > 0 ? new DocumentLine(T("label.sendTo"), string.Join(", ", advice.Recipients)) : null,
        ], userText: false);

        var header = new List<DocumentLine>();
        if (!string.IsNullOrWhiteSpace(draft.Reference))
        {
            header.Add(new DocumentLine(T("meta.reference"), draft.Reference));
        }

        header.Add(new DocumentLine(T("meta.from"), $"{draft.RequestingAuthority?.Name ?? draft.RequestingState.Name} ({draft.RequestingState})"));
        header.Add(new DocumentLine(T("meta.to"), $"{draft.RequestedState!.Name} ({draft.RequestedState})"));

        var s = draft.Signatory;
        var signature = new List<DocumentLine?>
        {
            Line("label.name", s?.Name), Line("label.title", s?.Title), Line("label.place", s?.Place), Line("label.date", s?.Date),
            new(null, T("text.signature")),
        };

        var kind = draft.Kind == RequestKind.Extradition ? "extradition" : "mutualLegalAssistance";
        return new DraftDocument(
            language,
            T($"title.{kind}"),
            header,
            T($"intro.{kind}", draft.RequestedState.Name),
            sections,
            T("section.annexes"),
            draft.Annexes ?? [],
            [.. signature.OfType<DocumentLine>()]);
    }

    private static IEnumerable<DocumentLine?> Measure(MeasureRequest m, Func<string, object[], string> t, Func<string?, string?, int, DocumentLine?> line)
    {
        yield return new DocumentLine(null, t($"measure.{Camel(m.Measure.ToString())}", []), 1);
        yield return line("label.description", m.Description, 2);
        yield return line("label.persons", Join(m.Persons), 2);
        yield return line("label.questions", Join(m.Questions, "\n"), 2);
        yield return line("label.hearingForm", m.HearingForm is { } form ? t($"hearing.{Camel(form.ToString())}", []) : null, 2);
        yield return line("label.reasons", m.VideoConferenceReason, 2);
        yield return line("label.addresses", Join(m.Addresses), 2);
        yield return line("label.items", Join(m.Items), 2);
        yield return line("label.institution", m.Institution, 2);
        yield return line("label.accounts", Join(m.Accounts), 2);
        yield return line("label.period", m.PeriodFrom is null && m.PeriodTo is null ? null
            : $"{(m.PeriodFrom is { } from ? LocalDatePattern.Iso.Format(from) : "…")} – {(m.PeriodTo is { } to ? LocalDatePattern.Iso.Format(to) : "…")}", 2);
        yield return line("label.documents", Join(m.Documents), 2);
        yield return line("label.methodOfProof", m.MethodOfProof, 2);
        yield return line("label.property", m.Property, 2);
        yield return line("label.orderReference", m.OrderReference, 2);
        yield return line("label.extentOfExecution", m.ExtentOfExecution, 2);
    }

    /// <summary>The marker for sections whose typed text is in a language the requested State does not accept as such.</summary>
    private static string? TranslationNote(RequestDraft draft, Checklist checklist, TemplateLanguage language)
    {
        var accepted = checklist.Transmission.Languages;
        if (draft.Language is not LanguageTag typed || accepted.Count == 0
            || accepted.Any(a => a.Condition is null && a.TranslationInto is null && a.Language is { } l && l.Language == typed.Language))
        {
            return null;
        }

        var targets = accepted.Where(a => a.Condition is null).Select(a => a.TranslationInto ?? a.Language).OfType<LanguageTag>()
            .Select(tag => $"{tag} ({tag.LanguageName.Split(';')[0]})").Distinct();
        return TemplateText.Get(language, "text.translate", string.Join(" / ", targets));
    }

    private static string? Join(IReadOnlyList<string>? values, string separator = "; ") =>
        values is null || values.Count == 0 ? null : string.Join(separator, values);

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
