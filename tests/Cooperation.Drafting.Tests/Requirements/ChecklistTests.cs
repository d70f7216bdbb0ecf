using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Cooperation.Drafting.Drafts;
using Cooperation.Drafting.Requirements;
using Cooperation.Drafting.Serialization;
using Cooperation.Drafting.Validation;
using Cooperation.Languages;
using Cooperation.Requests;
using Cooperation.States;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Cooperation.Drafting.Tests.Requirements;

public class ChecklistTests
{
    private static readonly DraftingService Service = Drafts.Service;

    [Fact]
    public void EveryCompleteSample_IsReadyToSend()
    {
        foreach (var (name, draft, to) in Drafts.Complete())
        {
            var checklist = Service.Check(draft, to);
            Assert.True(checklist.IsReadyToSend, $"{name}: {string.Join(" | ", checklist.Issues.Where(i => i.Severity == IssueSeverity.Error).Select(i => $"{i.Path} {i.Message}"))}");
        }
    }

    [Fact]
    public void RemovingAnyRequiredField_GivesExactlyTheMatchingError()
    {
        // Exhaustive over every required field of every complete sample: each removal must produce exactly one error, at that path.
        foreach (var (name, draft, to) in Drafts.Complete())
        {
            foreach (var requirement in Service.Check(draft, to).Requirements.Where(r => r.Level == RequirementLevel.Required))
            {
                var errors = Service.Check(Without(draft, requirement.Path), to).Issues.Where(i => i.Severity == IssueSeverity.Error).ToList();
                Assert.True(errors.Count == 1 && errors[0].Path == requirement.Path,
                    $"{name} without {requirement.Path}: {string.Join(" | ", errors.Select(e => e.Path))}");
                Assert.Equal(requirement.Source, errors[0].Source);
            }
        }
    }

    [Property(MaxTest = 40)]
    public bool RemovingRandomRecommendedFields_NeverMakesACompleteDraftNotReady(PositiveInt seed)
    {
        var random = new Random(seed.Get);
        return Drafts.Complete().All(c =>
        {
            var recommended = Service.Check(c.Draft, c.To).Requirements.Where(r => r.Level == RequirementLevel.Recommended).ToList();
            var draft = c.Draft;
            foreach (var r in recommended.Where(_ => random.Next(2) == 0).OrderByDescending(r => r.Path.Length))
            {
                draft = Without(draft, r.Path);
            }

            return Service.Check(draft, c.To).IsReadyToSend;
        });
    }

    [Fact]
    public void ServiceOfDocumentsOnly_NeedsNoFactsSummary()
    {
        var draft = Drafts.Load("mla-money-laundering") with
        {
            FactsSummary = null,
            Measures = [new MeasureRequest(MlaMeasure.ServiceOfJudicialDocuments, Documents: ["Summons"])],
        };

        var checklist = Service.Check(draft, StateCode.Parse("MEX"));

        Assert.DoesNotContain(checklist.Requirements, r => r.Path == "$.factsSummary");
        Assert.True(checklist.IsReadyToSend);
    }

    [Fact]
    public void RequirementsCiteTheInstrumentsOwnParagraph()
    {
        var untoc = Service.Check(Drafts.Load("mla-money-laundering"), StateCode.Parse("MEX"));
        var uncac = Service.Check(Drafts.Load("mla-money-laundering") with { Instrument = Cooperation.Law.Instrument.Uncac }, StateCode.Parse("MEX"));

        Assert.Equal("UNTOC art. 18(15)(f)", untoc.Requirements.Single(r => r.Path == "$.purpose").Source);
        Assert.Equal("UNCAC art. 46(15)(f)", uncac.Requirements.Single(r => r.Path == "$.purpose").Source);
        Assert.Equal("UNTOC art. 18(18)", untoc.Requirements.Single(r => r.Path == "$.measures[1].videoConferenceReason").Source);
        Assert.Equal("UNTOC art. 13(3)(c)", untoc.Requirements.Single(r => r.Path == "$.measures[2].description").Source);
    }

    [Fact]
    public void ExtraditionRequirements_AreMarkedAsModelTreatyPractice()
    {
        var checklist = Service.Check(Drafts.Load("extradition-accused") with { Warrant = null }, StateCode.Parse("MEX"));

        var error = Assert.Single(checklist.Issues, i => i.Path == "$.warrant.issuedBy");
        Assert.Contains("Model Treaty on Extradition", error.Source, StringComparison.Ordinal);
        Assert.Contains("treaty practice", error.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void ConvictedAndAccused_NeedDifferentDocuments()
    {
        var accused = Service.Check(Drafts.Load("extradition-accused"), StateCode.Parse("MEX")).Requirements.Select(r => r.Path).ToList();
        var convicted = Service.Check(Drafts.Load("extradition-convicted"), StateCode.Parse("SVN")).Requirements.Select(r => r.Path).ToList();

        Assert.Contains("$.warrant.issuedBy", accused);
        Assert.DoesNotContain("$.judgment.sentence", accused);
        Assert.Contains("$.judgment.remainingToServe", convicted);
        Assert.DoesNotContain("$.warrant.issuedBy", convicted);
    }

    [Fact]
    public void AnUnacceptableLanguage_IsAnError_AndATranslationRequirementAWarning()
    {
        var inRussian = Service.Check(Drafts.Load("mla-money-laundering") with { Language = LanguageTag.Parse("ru") }, StateCode.Parse("IND"));
        var inEnglish = Service.Check(Drafts.Load("mla-money-laundering") with { Language = LanguageTag.Parse("en") }, StateCode.Parse("MEX"));

        var error = Assert.Single(inRussian.Issues, i => i.Path == "$.language");
        Assert.Equal(IssueSeverity.Error, error.Severity);
        Assert.Equal("UNTOC art. 18(14)", error.Source);
        var warning = Assert.Single(inEnglish.Issues, i => i.Path == "$.language");
        Assert.Equal(IssueSeverity.Warning, warning.Severity);
        Assert.Contains("Spanish", warning.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void UrgencyAndDeadlines_NeedTheirReasons()
    {
        var checklist = Service.Check(Drafts.Load("mla-money-laundering") with { UrgencyReasons = null, DeadlineReason = null }, StateCode.Parse("MEX"));

        Assert.Contains(checklist.Issues, i => i.Path == "$.urgencyReasons" && i.Severity == IssueSeverity.Error && i.Source == "UNTOC art. 18(24)");
        Assert.Contains(checklist.Issues, i => i.Path == "$.deadlineReason" && i.Severity == IssueSeverity.Error);
    }

    [Fact]
    public void UrgentRequests_PointToTheUrgentChannel()
    {
        var checklist = Service.Check(Drafts.Load("mla-money-laundering") with { Language = LanguageTag.Parse("en"), RequestingState = StateCode.Parse("MEX") }, StateCode.Parse("USA"));

        var urgent = Assert.Single(checklist.Issues, i => i.Path == "$.urgent");
        Assert.Contains("duty line", urgent.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheRequestedAuthoritysOwnRequirements_AreChecked()
    {
        var checklist = Service.Check(Drafts.EveryMeasure() with { Annexes = [] }, StateCode.Parse("BRA"));

        var fromDirectory = checklist.Issues.Where(i => i.Source.StartsWith("Requested State's requirement", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, fromDirectory.Count);
        Assert.Contains(fromDirectory, i => i.Message.Contains("Sworn translation into Portuguese", StringComparison.Ordinal));
    }

    [Fact]
    public void AnAuthorityThatTakesOnlyOriginals_IsPointedOut()
    {
        var checklist = Service.Check(Drafts.EveryMeasure() with { RequestingState = StateCode.Parse("BRA"), Language = LanguageTag.Parse("en") }, StateCode.Parse("NPL"), Cooperation.Directory.Access.Reader.Authorised("tester"));

        Assert.Contains(checklist.Issues, i => i.Path == "$.signatory" && i.Message.Contains("the signed original", StringComparison.Ordinal));
    }

    [Fact]
    public void NoLegalBasis_IsAnError_AndMissingFacts_AreWarnings()
    {
        var excluded = Service.Check(Drafts.Load("extradition-accused") with { Case = new CaseFacts(DualCriminality: false) }, StateCode.Parse("MEX"));
        var unknown = Service.Check(Drafts.Load("extradition-accused") with { Case = null }, StateCode.Parse("MEX"));

        Assert.Contains(excluded.Issues, i => i.Path == "$.case" && i.Severity == IssueSeverity.Error && i.Source.Contains("UNTOC art. 16(1)", StringComparison.Ordinal));
        Assert.False(excluded.IsReadyToSend);
        Assert.Contains(unknown.Issues, i => i.Path == "$.case.dualCriminality" && i.Severity == IssueSeverity.Warning);
    }

    [Fact]
    public void EveryRequirementRule_IsExercisedByTheseTests()
    {
        var fired = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        void Listen(object? sender, NRules.Diagnostics.AgendaEventArgs e) => fired.AddOrUpdate(e.Rule.Name, 1, (_, n) => n + 1);
        RequirementCatalog.Factory.Events.RuleFiredEvent += Listen;
        try
        {
            EveryCompleteSample_IsReadyToSend();
            AnUnacceptableLanguage_IsAnError_AndATranslationRequirementAWarning();
            TheRequestedAuthoritysOwnRequirements_AreChecked();
            NoLegalBasis_IsAnError_AndMissingFacts_AreWarnings();
            UrgentRequests_PointToTheUrgentChannel();
            AnAuthorityThatTakesOnlyOriginals_IsPointedOut();
        }
        finally
        {
            RequirementCatalog.Factory.Events.RuleFiredEvent -= Listen;
        }

        var silent = RequirementCatalog.RuleNames.Where(n => !fired.ContainsKey(n)).ToList();
        Assert.True(silent.Count == 0, $"Requirement rules no test exercises: {string.Join(", ", silent)}");
    }

    [Fact]
    public void Drafts_RoundTripThroughJson()
    {
        foreach (var (_, draft, _) in Drafts.Complete())
        {
            var json = DraftJson.Serialize(draft);
            Assert.Equal(json, DraftJson.Serialize(DraftJson.Parse(json)));
        }
    }

    [Fact]
    public void AnInvalidDraft_NamesTheJsonPath()
    {
        var error = Assert.Throws<InvalidDraftException>(() => DraftJson.Parse("""{ "kind": "extradition", "requestingState": "USA", "measures": [ { "measure": "teleport" } ] }"""));
        Assert.StartsWith("$.measures[0].measure", error.Path, StringComparison.Ordinal);
    }

    internal static RequestDraft Without(RequestDraft draft, string path)
    {
        var root = JsonNode.Parse(DraftJson.Serialize(draft))!;
        var segments = path.TrimStart('$').Split('.', StringSplitOptions.RemoveEmptyEntries);
        JsonNode node = root;
        foreach (var segment in segments[..^1])
        {
            node = Step(node, segment)!;
        }

        var last = segments[^1];
        var bracket = last.IndexOf('[', StringComparison.Ordinal);
        if (bracket >= 0)
        {
            ((JsonArray)node[last[..bracket]]!).RemoveAt(int.Parse(last[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            node.AsObject()[last] = null;
        }

        return DraftJson.Parse(root.ToJsonString());
    }

    private static JsonNode? Step(JsonNode node, string segment)
    {
        var bracket = segment.IndexOf('[', StringComparison.Ordinal);
        return bracket < 0 ? node[segment] : node[segment[..bracket]]![int.Parse(segment[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture)];
    }
}
