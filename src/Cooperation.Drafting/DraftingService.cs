using Cooperation.Directory;
using Cooperation.Directory.Access;
using Cooperation.Directory.Queries;
using Cooperation.Drafting.Drafts;
using Cooperation.Drafting.Requirements;
using Cooperation.Drafting.Serialization;
using Cooperation.Drafting.Validation;
using Cooperation.Requests;
using Cooperation.Rules;
using Cooperation.Rules.Cases;
using Cooperation.States;
using NodaTime;

namespace Cooperation.Drafting;

/// <summary>
/// The request builder: checks a draft against the instruments and the requested State's own requirements (a
/// checklist of issues, each with its source and a fix), and renders a ready draft as a document.
/// </summary>
/// <remarks>
/// The requirements are not a fixed form: NRules rules decide which fields this request needs, from its kind, the
/// measures chosen, the eligibility determination and the requested State's directory records. The legal basis
/// section comes from the eligibility engine.
/// </remarks>
/// <threadsafety>Safe to share across threads.</threadsafety>
public sealed class DraftingService
{
    private readonly CooperationDirectory _directory;
    private readonly IEligibilityEvaluator _evaluator;
    private readonly IClock _clock;

    /// <summary>Initializes a new instance of the <see cref="DraftingService"/> class.</summary>
    /// <param name="directory">The directory: the requested State's profile, authorities and requirements.</param>
    /// <param name="evaluator">The eligibility engine.</param>
    /// <param name="clock">The clock that gives today's date when a draft names none.</param>
    public DraftingService(CooperationDirectory directory, IEligibilityEvaluator evaluator, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(evaluator);
        ArgumentNullException.ThrowIfNull(clock);
        _directory = directory;
        _evaluator = evaluator;
        _clock = clock;
    }

    /// <summary>Checks a draft: what it needs, what is missing or wrong, and whether it is ready to send.</summary>
    /// <param name="draft">The draft.</param>
    /// <param name="requestedState">The requested State; the draft's own if not given.</param>
    /// <param name="reader">Who is drafting (decides which directory records are visible); anonymous if not given.</param>
    /// <returns>The checklist.</returns>
    /// <exception cref="ArgumentException">Neither the draft nor the call names the requested State, or the draft is not for extradition or mutual legal assistance.</exception>
    public Checklist Check(RequestDraft draft, StateCode? requestedState = null, Reader? reader = null)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var requested = requestedState ?? draft.RequestedState
            ?? throw new ArgumentException("Name the requested State (in the draft or when checking it).", nameof(requestedState));
        if (draft.Kind is not (RequestKind.Extradition or RequestKind.MutualLegalAssistance))
        {
            throw new ArgumentException($"Drafts are for extradition or mutual legal assistance, not {draft.Kind}.", nameof(draft));
        }

        reader ??= Reader.Anonymous;
        draft = draft with { RequestedState = requested };
        var asOf = draft.AsOf ?? _clock.GetCurrentInstant().InUtc().Date;
        var determination = _evaluator.Evaluate(ToCase(draft, requested), asOf).Single();
        var advice = _directory.Advise(draft.RequestingState, requested, draft.Kind, draft.Urgent == true, reader, draft.Instrument ?? determination.Instrument);
        var recipients = _directory.Find(new AuthorityQuery(requested, Kind: draft.Kind), reader)
            .OrderBy(a => advice.Recipients.ToList().IndexOf(a.Id) is var i && i < 0 ? int.MaxValue : i)
            .ToList();

        var facts = new DraftFacts(draft, requested, _directory.Get(requested), recipients, advice, determination);
        var session = RequirementCatalog.Factory.CreateSession();
        session.Insert(facts);
        session.Fire(1_000);

        var requirements = facts.Requirements
            .GroupBy(r => r.Path)
            .Select(g => g.OrderBy(r => r.Level).ThenBy(r => r.Source, StringComparer.Ordinal).First())
            .OrderBy(r => r.Path, StringComparer.Ordinal)
            .ToList();
        var json = DraftJson.ToNode(draft);
        var missing = requirements
            .Where(r => !FieldPresence.IsFilled(json, r.Path))
            .Select(r => new DraftIssue(
                r.Level == RequirementLevel.Required ? IssueSeverity.Error : IssueSeverity.Warning,
                r.Path,
                $"Missing: {r.Description}",
                r.Source,
                $"Fill in {r.Path}."));
        var issues = missing.Concat(facts.Issues)
            .OrderBy(i => i.Severity)
            .ThenBy(i => i.Path, StringComparer.Ordinal)
            .ThenBy(i => i.Message, StringComparer.Ordinal)
            .ToList();
        return new Checklist(requirements, issues, determination, advice);
    }

    /// <summary>Composes a draft into a document in a template language: the fixed text translated, the user's values as typed.</summary>
    /// <param name="draft">The draft.</param>
    /// <param name="checklist">Its checklist (from <see cref="Check"/>).</param>
    /// <param name="language">The template language; if not given, the first one the requested State accepts, else English.</param>
    /// <returns>The document, ready to render in any format.</returns>
    public Rendering.DraftDocument Compose(RequestDraft draft, Checklist checklist, Templates.TemplateLanguage? language = null)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(checklist);
        return Rendering.DocumentComposer.Compose(draft with { RequestedState = checklist.Determination.RequestedState }, checklist, language ?? Templates.TemplateLanguages.Choose(checklist.Transmission.Languages));
    }

    private static CooperationCase ToCase(RequestDraft draft, StateCode requested) => new(
        draft.Reference ?? "draft",
        draft.Kind,
        draft.RequestingState,
        [requested],
        draft.Instrument,
        draft.Case?.Offence,
        draft.Case?.LocatedInRequestedState,
        DualCriminality.ForAll(draft.Case?.DualCriminality),
        draft.Measures?.Select(m => m.Measure).ToList(),
        null,
        draft.Urgent,
        draft.Language is null ? null : new RequestForm(draft.Language));
}
