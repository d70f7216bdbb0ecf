using Cooperation.Directory;
using Cooperation.Directory.Serialization;
using Cooperation.Drafting.Drafts;
using Cooperation.Drafting.Serialization;
using Cooperation.Requests;
using Cooperation.Rules;
using Cooperation.States;
using NodaTime;
using NodaTime.Testing;

namespace Cooperation.Drafting.Tests;

/// <summary>The sample drafts, the services to check them, and variants that exercise every requirement rule.</summary>
internal static class Drafts
{
    public static readonly CooperationDirectory Directory =
        CooperationDirectory.Embedded.MergeWith(DirectoryJson.Load(Path.Combine(AppContext.BaseDirectory, "sample-directory.json")));

    public static readonly DraftingService Service = new(Directory, new EligibilityEvaluator(Directory, Clock), Clock);

    private static FakeClock Clock => new(Instant.FromUtc(2026, 11, 27, 12, 0));

    public static RequestDraft Load(string name) => DraftJson.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "drafts", name + ".json")));

    /// <summary>Complete drafts, each with its requested State: every required field filled.</summary>
    public static IEnumerable<(string Name, RequestDraft Draft, StateCode To)> Complete()
    {
        yield return ("mla-money-laundering", Load("mla-money-laundering"), StateCode.Parse("MEX"));
        yield return ("extradition-accused", Load("extradition-accused"), StateCode.Parse("MEX"));
        yield return ("extradition-convicted", Load("extradition-convicted"), StateCode.Parse("SVN"));
        yield return ("mla-every-measure", EveryMeasure(), StateCode.Parse("BRA"));
    }

    /// <summary>An MLA draft to Brazil (sample directory record with required documents) asking for every measure.</summary>
    public static RequestDraft EveryMeasure() => Load("mla-money-laundering") with
    {
        RequestingState = StateCode.Parse("ARG"),
        Language = Cooperation.Languages.LanguageTag.Parse("pt"),
        Urgent = false,
        UrgencyReasons = null,
        Measures =
        [
            new MeasureRequest(MlaMeasure.TakingEvidence, Persons: ["A witness"], Questions: ["Q1"], HearingForm: HearingForm.InPerson),
            new MeasureRequest(MlaMeasure.ServiceOfJudicialDocuments, Documents: ["Summons"], MethodOfProof: "Signed receipt"),
            new MeasureRequest(MlaMeasure.SearchSeizureAndFreezing, Addresses: ["1 Example Street"], Items: ["Ledgers"]),
            new MeasureRequest(MlaMeasure.ExaminingObjectsAndSites, Description: "Examine the warehouse"),
            new MeasureRequest(MlaMeasure.DocumentsAndRecords, Institution: "Bank", Accounts: ["1"], PeriodFrom: new LocalDate(2020, 1, 1), PeriodTo: new LocalDate(2021, 1, 1)),
            new MeasureRequest(MlaMeasure.IdentifyingOrTracingProceeds, Description: "Trace the funds", Route: ConfiscationRoute.FreezeOrSeize),
            new MeasureRequest(MlaMeasure.OtherAssistance, Description: "Confiscate the villa", Property: "Villa at 2 Example Road", Route: ConfiscationRoute.DomesticOrder),
            new MeasureRequest(MlaMeasure.OtherAssistance, Description: "Enforce our order", OrderReference: "Order 12/2025", ExtentOfExecution: "In full", Route: ConfiscationRoute.ForeignOrder),
        ],
        Annexes = ["Request signed by the requesting authority", "Copy of the applicable legal provisions", "Sworn translation into Portuguese"],
    };
}
