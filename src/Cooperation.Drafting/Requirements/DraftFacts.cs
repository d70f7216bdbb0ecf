using Cooperation.Directory.Authorities;
using Cooperation.Directory.Queries;
using Cooperation.Drafting.Drafts;
using Cooperation.Drafting.Validation;
using Cooperation.Evaluation;
using Cooperation.Law;
using Cooperation.Profiles;
using Cooperation.Requests;
using Cooperation.States;

namespace Cooperation.Drafting.Requirements;

/// <summary>
/// The one fact a requirements session holds: the draft, the requested State's profile and authority records, the
/// transmission advice and the eligibility determination. Requirement rules match it alone and write to it.
/// </summary>
internal sealed class DraftFacts(RequestDraft draft, StateCode requested, StateProfile profile, IReadOnlyList<Authority> recipients, TransmissionAdvice advice, Determination determination)
{
    public RequestDraft Draft { get; } = draft;

    public StateCode Requested { get; } = requested;

    public StateProfile Profile { get; } = profile;

    /// <summary>Gets the authority records of the requested State that handle this kind of request, best first.</summary>
    public IReadOnlyList<Authority> Recipients { get; } = recipients;

    public TransmissionAdvice Advice { get; } = advice;

    public Determination Determination { get; } = determination;

    public Instrument Instrument => Draft.Instrument ?? Determination.Instrument ?? Instrument.Untoc;

    public bool IsMutualLegalAssistance => Draft.Kind == RequestKind.MutualLegalAssistance;

    public bool IsExtradition => Draft.Kind == RequestKind.Extradition;

    public IReadOnlyList<MeasureRequest> Measures => Draft.Measures ?? [];

    public bool OnlyServiceOfDocuments => Measures.Count > 0 && Measures.All(m => m.Measure == MlaMeasure.ServiceOfJudicialDocuments);

    public List<Requirement> Requirements { get; } = [];

    public List<DraftIssue> Issues { get; } = [];

    /// <summary>The indexes of the measures of one kind.</summary>
    public IEnumerable<int> IndexesOf(params MlaMeasure[] measures) =>
        Enumerable.Range(0, Measures.Count).Where(i => measures.Contains(Measures[i].Measure));

    public void Require(string path, RequirementLevel level, ArticleCitation? citation, string source, string description) =>
        Requirements.Add(new Requirement(path, level, citation, source, description));

    public void Require(string path, RequirementLevel level, ArticleCitation citation, string description) =>
        Require(path, level, citation, citation.ToString(), description);
}
