using Cooperation.Drafting.Drafts;
using Cooperation.Drafting.Validation;
using Cooperation.Evaluation;
using Cooperation.Law;
using Cooperation.Requests;
using Cooperation.States;
using Cooperation.Tracking.Requests;
using PersonConcerned = Cooperation.Tracking.Requests.PersonConcerned;
using NodaTime.Text;

namespace Cooperation.Cli.Tracking;

/// <summary>
/// Opens the tracking record of an outgoing request from the draft it was written from (Cooperation.Drafting): the
/// States, kind, offence, measures, urgency, deadline, the persons concerned (kept apart) and the draft's own reference
/// carry over; the legal basis and the recipient come from the draft's checklist (the eligibility determination it is
/// sent with, and the directory's transmission advice), else from the article of the draft's instrument that governs
/// the kind of request.
/// </summary>
/// <remarks>The two packages do not depend on each other; a host that uses both can copy this mapping.</remarks>
internal static class DraftOpening
{
    public static RequestOpening From(RequestDraft draft, StateCode requested, Checklist checklist, string draftPath)
    {
        var determination = checklist.Determination;
        var bases = determination.LegalBasis
            .Where(b => b.Basis == LegalBasisKind.Convention)
            .Select(b => InvokedLegalBasis.Convention(b.Citation))
            .ToList();
        if (bases.Count == 0 && Basis(draft.Instrument ?? determination.Instrument, draft.Kind) is { } fallback)
        {
            bases.Add(fallback);
        }

        var deadline = draft.Deadline is { } date ? new SuggestedDeadline(date, draft.DeadlineReason ?? string.Empty) : null;
        var references = draft.Reference is { } reference ? new Dictionary<string, string> { ["draft"] = reference } : null;
        var persons = (draft.Persons ?? [])
            .Where(p => p.Name is not null)
            .Select(p => new PersonConcerned(p.Name!, p.Role, Date(p.DateOfBirth), p.Nationality))
            .ToList();
        if (draft.PersonSought is { FullName: { } name } sought)
        {
            persons.Insert(0, new PersonConcerned(name, "person sought", Date(sought.DateOfBirth), sought.Nationality));
        }

        var details = new RequestDetails(
            Direction.Outgoing, draft.Kind, draft.RequestingState, requested,
            Offence: draft.Case?.Offence?.Category,
            MaximumPenalty: draft.Case?.Offence?.MaximumPenalty,
            Measures: draft.Measures?.Select(m => m.Measure).Distinct().ToList(),
            Authorities: new RequestAuthorities(Requested: checklist.Transmission.Recipients.FirstOrDefault()),
            LegalBasis: bases,
            Urgent: draft.Urgent ?? false,
            Deadline: deadline,
            Links: new RequestLinks(Draft: draftPath, Determination: determination.CaseId),
            References: references);
        return new RequestOpening(details, persons.Count == 0 ? null : new PersonalData(persons), $"Opened from the draft {Path.GetFileName(draftPath)}.");
    }

    // The article of each instrument that governs the kind of request; the Protocols apply UNTOC's mutatis mutandis.
    private static InvokedLegalBasis? Basis(Instrument? instrument, RequestKind kind)
    {
        var governing = instrument is { IsProtocol: true } ? Instrument.Untoc : instrument;
        int? article = (governing?.Abbreviation, kind) switch
        {
            ("UNTOC", RequestKind.Extradition) => 16,
            ("UNTOC", RequestKind.MutualLegalAssistance) => 18,
            ("UNCAC", RequestKind.Extradition) => 44,
            ("UNCAC", RequestKind.MutualLegalAssistance) => 46,
            ("1988", RequestKind.Extradition) => 6,
            ("1988", RequestKind.MutualLegalAssistance) => 7,
            _ => null,
        };
        return article is int a ? InvokedLegalBasis.Convention(ArticleCitation.Create(governing!, a)) : null;
    }

    private static NodaTime.LocalDate? Date(string? text) =>
        text is not null && LocalDatePattern.Iso.Parse(text) is { Success: true } parsed ? parsed.Value : null;
}
