using System.Text;
using Cooperation.Drafting.Drafts;
using Cooperation.Drafting.Rendering;
using Cooperation.Drafting.Templates;
using Cooperation.Languages;
using Cooperation.States;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace Cooperation.Drafting.Tests.Rendering;

public class RenderingTests
{
    private static readonly DraftingService Service = Drafts.Service;

    private static DraftDocument Compose(RequestDraft draft, StateCode to, TemplateLanguage? language = null) =>
        Service.Compose(draft, Service.Check(draft, to), language);

    public static TheoryData<TemplateLanguage> Languages() => [.. Enum.GetValues<TemplateLanguage>()];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Docx_IsAValidOpenXmlPackage_WithEveryRequiredSectionHeading(TemplateLanguage language)
    {
        foreach (var (name, draft, to) in Drafts.Complete())
        {
            var checklist = Service.Check(draft, to);
            var document = Service.Compose(draft, checklist, language);
            var bytes = DocumentRenderer.Render(document, DraftFormat.Docx);

            using var package = WordprocessingDocument.Open(new MemoryStream(bytes), false);
            var errors = new OpenXmlValidator().Validate(package).ToList();
            Assert.True(errors.Count == 0, $"{name} ({language}): {string.Join(" | ", errors.Select(e => $"{e.Path?.XPath}: {e.Description}"))}");

            var text = package.MainDocumentPart!.Document.Body!.InnerText;
            foreach (var key in RequiredSections(draft))
            {
                Assert.Contains(TemplateText.Get(language, key), text, StringComparison.Ordinal);
            }

            Assert.Contains(TemplateText.Get(language, "section.annexes"), text, StringComparison.Ordinal);
            Assert.Contains(TemplateText.Get(language, "text.signature"), text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Docx_InArabic_RunsRightToLeft()
    {
        var bytes = DocumentRenderer.Render(Compose(Drafts.Load("extradition-convicted"), StateCode.Parse("SVN"), TemplateLanguage.Arabic), DraftFormat.Docx);

        using var package = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        Assert.NotEmpty(package.MainDocumentPart!.Document.Descendants<DocumentFormat.OpenXml.Wordprocessing.BiDi>());
    }

    [Fact]
    public void Html_EscapesHostileInput_InEveryField()
    {
        const string Hostile = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        var draft = Drafts.Load("mla-money-laundering") with
        {
            Reference = Hostile,
            FactsSummary = Hostile,
            RequestingAuthority = new AuthorityDetails(Hostile, Hostile, Hostile, Hostile),
            Measures = [new MeasureRequest(Requests.MlaMeasure.TakingEvidence, Persons: [Hostile], Questions: [Hostile])],
            Annexes = [Hostile],
            Signatory = new Signatory(Hostile, Hostile, Hostile, Hostile),
        };

        var html = Encoding.UTF8.GetString(DocumentRenderer.Render(Compose(draft, StateCode.Parse("MEX")), DraftFormat.Html));

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_EscapesMarkup_InUserValues()
    {
        var draft = Drafts.Load("mla-money-laundering") with { FactsSummary = "[click](javascript:alert(1)) <b>bold</b> *x*" };

        var md = Encoding.UTF8.GetString(DocumentRenderer.Render(Compose(draft, StateCode.Parse("MEX")), DraftFormat.Markdown));

        Assert.Contains(@"\[click\]\(javascript:alert\(1\)\) \<b\>bold\</b\> \*x\*", md, StringComparison.Ordinal);
    }

    [Fact]
    public void TheTemplateLanguage_FollowsTheRequestedState_UnlessChosen()
    {
        var draft = Drafts.Load("mla-money-laundering");

        Assert.Equal(TemplateLanguage.Spanish, Compose(draft, StateCode.Parse("MEX")).Language);
        Assert.Equal(TemplateLanguage.French, Compose(draft, StateCode.Parse("MEX"), TemplateLanguage.French).Language);
        Assert.Equal(TemplateLanguage.Portuguese, Compose(Drafts.EveryMeasure(), StateCode.Parse("BRA")).Language);
    }

    [Fact]
    public void UserValues_StayAsTyped_AndAreMarkedForTranslation_WhenTheirLanguageIsNotAccepted()
    {
        var draft = Drafts.Load("mla-money-laundering") with { Language = LanguageTag.Parse("pt"), FactsSummary = "Os factos, tal como escritos." };

        var document = Compose(draft, StateCode.Parse("MEX"));
        var text = Encoding.UTF8.GetString(DocumentRenderer.Render(document, DraftFormat.Text));

        Assert.Contains("Os factos, tal como escritos.", text, StringComparison.Ordinal);
        Assert.Contains("[Se requiere traducción al es (Spanish)]", text, StringComparison.Ordinal);
        Assert.Null(document.Sections.Single(s => s.Heading == TemplateText.Get(TemplateLanguage.Spanish, "section.legalBasis")).TranslationNote);
    }

    [Fact]
    public void Sections_AreNumberedInOrder_AndTheLegalBasisComesFromTheEngine()
    {
        var document = Compose(Drafts.Load("extradition-accused"), StateCode.Parse("MEX"));

        Assert.Equal(Enumerable.Range(1, document.Sections.Count), document.Sections.Select(s => s.Number));
        var legalBasis = document.Sections.Single(s => s.Heading == TemplateText.Get(document.Language, "section.legalBasis"));
        Assert.Equal("UNTOC art. 16(5)(a)", legalBasis.Lines[0].Label);
    }

    private static IEnumerable<string> RequiredSections(RequestDraft draft) =>
        draft.Kind == Requests.RequestKind.MutualLegalAssistance
            ? ["section.requestingAuthority", "section.legalBasis", "section.subjectMatter", "section.conductingAuthority", "section.facts", "section.assistance", "section.purpose"]
            : ["section.requestingAuthority", "section.legalBasis", "section.personSought", draft.Status == ExtraditionStatus.Convicted ? "section.judgment" : "section.warrant", "section.offences", "section.facts"];
}
