using System.Linq.Expressions;
using Cooperation.Drafting.Drafts;
using Cooperation.Law;
using Cooperation.Requests;
using NRules.Fluent.Dsl;

namespace Cooperation.Drafting.Requirements.Rules;

/// <summary>What each measure of UNTOC art. 18(3) needs to be executable, and the contents art. 13(3) adds for confiscation.</summary>
internal static class MeasureDetails
{
    public static ArticleCitation Measure(DraftFacts f, MlaMeasure measure) =>
        MlaMeasures.Citation(measure, f.Instrument) ?? ArticleCitation.Create(Instrument.Untoc, 18, 3);

    public static void Each(DraftFacts f, MlaMeasure measure, Action<string, ArticleCitation> require)
    {
        foreach (var i in f.IndexesOf(measure))
        {
            require($"$.measures[{i}]", Measure(f, measure));
        }
    }
}

/// <summary>18(3)(a): taking evidence needs the persons to hear and the questions; the form of hearing is recommended.</summary>
[Name("D-MEASURE-a")]
internal sealed class TakingEvidenceRule : DraftRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<DraftFacts, bool>>> Conditions => [x => x.IsMutualLegalAssistance, x => x.Measures.Any(m => m.Measure == MlaMeasure.TakingEvidence)];

    /// <inheritdoc/>
    protected override void Act(DraftFacts f) => MeasureDetails.Each(f, MlaMeasure.TakingEvidence, (path, citation) =>
    {
        f.Require($"{path}.persons", RequirementLevel.Required, citation, "Who is to be heard.");
        f.Require($"{path}.questions", RequirementLevel.Required, citation, "The questions to put.");
        f.Require($"{path}.hearingForm", RequirementLevel.Recommended, citation, "In person, by video conference or in writing.");
    });
}

/// <summary>18(18): a hearing by video conference is for when it is not possible or desirable for the person to appear in the requesting State.</summary>
[Name("D-VIDEO")]
internal sealed class VideoConferenceRule : DraftRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<DraftFacts, bool>>> Conditions => [x => x.IsMutualLegalAssistance, x => x.Measures.Any(m => m.HearingForm == HearingForm.VideoConference)];

    /// <inheritdoc/>
    protected override void Act(DraftFacts f)
    {
        var citation = ArticleCitation.Create(f.Instrument == Instrument.Uncac ? Instrument.Uncac : Instrument.Untoc, f.Instrument == Instrument.Uncac ? 46 : 18, 18);
        for (var i = 0; i < f.Measures.Count; i++)
        {
            if (f.Measures[i].HearingForm == HearingForm.VideoConference)
            {
                f.Require($"$.measures[{i}].videoConferenceReason", RequirementLevel.Required, citation, "Why it is not possible or desirable for the person to appear in person in the requesting State.");
            }
        }
    }
}

/// <summary>18(3)(b): service needs the documents; the proof of service wanted is recommended.</summary>
[Name("D-MEASURE-b")]
internal sealed class ServiceOfDocumentsRule : DraftRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<DraftFacts, bool>>> Conditions => [x => x.IsMutualLegalAssistance, x => x.Measures.Any(m => m.Measure == MlaMeasure.ServiceOfJudicialDocuments)];

    /// <inheritdoc/>
    protected override void Act(DraftFacts f) => MeasureDetails.Each(f, MlaMeasure.ServiceOfJudicialDocuments, (path, citation) =>
    {
        f.Require($"{path}.documents", RequirementLevel.Required, citation, "The documents to serve.");
        f.Require($"{path}.methodOfProof", RequirementLevel.Recommended, citation, "The proof of service wanted.");
    });
}

/// <summary>18(3)(c): a search and seizure needs the premises and the items sought.</summary>
[Name("D-MEASURE-c")]
internal sealed class SearchAndSeizureRule : DraftRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<DraftFacts, bool>>> Conditions => [x => x.IsMutualLegalAssistance, x => x.Measures.Any(m => m.Measure == MlaMeasure.SearchSeizureAndFreezing)];

    /// <inheritdoc/>
    protected override void Act(DraftFacts f) => MeasureDetails.Each(f, MlaMeasure.SearchSeizureAndFreezing, (path, citation) =>
    {
        f.Require($"{path}.addresses", RequirementLevel.Required, citation, "The premises to search, or where the property to freeze is.");
        f.Require($"{path}.items", RequirementLevel.Required, citation, "The items or property sought.");
    });
}

/// <summary>18(3)(f): records need the institution; the accounts and period are recommended.</summary>
[Name("D-MEASURE-f")]
internal sealed class RecordsRule : DraftRule
{
    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<DraftFacts, bool>>> Conditions => [x => x.IsMutualLegalAssistance, x => x.Measures.Any(m => m.Measure == MlaMeasure.DocumentsAndRecords)];

    /// <inheritdoc/>
    protected override void Act(DraftFacts f) => MeasureDetails.Each(f, MlaMeasure.DocumentsAndRecords, (path, citation) =>
    {
        f.Require($"{path}.institution", RequirementLevel.Required, citation, "The bank, institution or body that holds the records.");
        f.Require($"{path}.accounts", RequirementLevel.Recommended, citation, "The account numbers or other identifiers of the records.");
        f.Require($"{path}.periodFrom", RequirementLevel.Recommended, citation, "The start of the period the records cover.");
        f.Require($"{path}.periodTo", RequirementLevel.Recommended, citation, "The end of the period the records cover.");
    });
}

/// <summary>18(3)(d), (e), (g), (h), (i) and UNCAC 46(3)(j)-(k): the other measures need a description of what exactly is sought.</summary>
[Name("D-MEASURE-other")]
internal sealed class DescribedMeasuresRule : DraftRule
{
    private static readonly MlaMeasure[] Described =
    [
        MlaMeasure.ExaminingObjectsAndSites, MlaMeasure.InformationEvidenceAndExpertEvaluations, MlaMeasure.IdentifyingOrTracingProceeds,
        MlaMeasure.VoluntaryAppearance, MlaMeasure.OtherAssistance, MlaMeasure.FreezingAndTracingUnderUncacChapterV, MlaMeasure.AssetRecovery,
    ];

    /// <inheritdoc/>
    protected override IEnumerable<Expression<Func<DraftFacts, bool>>> Conditions => [x => x.IsMutualLegalAssistance, x => x.Measures.Any(m => Described.Contains(m.Measure))];

    /// <inheritdoc/>
    protected override void Act(DraftFacts f)
    {
        foreach (var i in f.IndexesOf(Described))
        {
            f.Require($"$.measures[{i}].description", RequirementLevel.Required, MeasureDetails.Measure(f, f.Measures[i].Measure), "What exactly is sought.");
        }
    }
}
