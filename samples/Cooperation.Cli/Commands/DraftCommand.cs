using System.CommandLine;
using System.Globalization;
using Cooperation.Directory;
using Cooperation.Drafting;
using Cooperation.Drafting.Drafts;
using Cooperation.Drafting.Rendering;
using Cooperation.Drafting.Serialization;
using Cooperation.Drafting.Templates;
using Cooperation.Drafting.Validation;
using Cooperation.Languages;
using Cooperation.Rules;
using Cooperation.States;

namespace Cooperation.Cli.Commands;

/// <summary><c>cooperation draft FILE --to STATE</c>: render a draft request; <c>draft check</c>: its checklist.</summary>
internal static class DraftCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "The draft, as JSON (see samples/drafts/)." };
        var to = new Option<string>("--to") { Description = "The requested State (ISO 3166-1 alpha-3 or alpha-2).", Required = true };
        var lang = new Option<string?>("--lang") { Description = "Template language: en, fr, es, ru, ar, zh or pt (default: the first the requested State accepts, else en)." };
        var format = new Option<string>("--format") { Description = "text, md, html or docx.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "md", "html", "docx");
        var output = new Option<string?>("--out") { Description = "Write to this file (required for docx); standard output otherwise." };
        var force = new Option<bool>("--force") { Description = "Render even if the checklist has errors." };
        var directoryFile = CommonOptions.File();
        var authorisedAs = CommonOptions.AuthorisedAs();

        var command = new Command("draft", "Render a draft request (MLA or extradition) for the requested State, in its language, as text, Markdown, HTML or Word; exit 3 if the checklist still has errors.")
        {
            file, to, lang, format, output, force, directoryFile, authorisedAs,
            Check(context),
        };
        command.SetAction(parse =>
        {
            var (service, draft, requested) = Load(context, parse.GetValue(file)!, parse.GetValue(to)!, parse.GetValue(directoryFile));
            var checklist = service.Check(draft, requested, Arguments.Reader(parse.GetValue(authorisedAs)));
            if (!checklist.IsReadyToSend && !parse.GetValue(force))
            {
                WriteIssues(context.Error, checklist);
                context.Error.WriteLine("The draft is not ready to send; fix the errors, or use --force to render it anyway.");
                return ExitCodes.IssuesRemain;
            }

            var language = parse.GetValue(lang) is { } code ? Language(code) : (TemplateLanguage?)null;
            var document = service.Compose(draft, checklist, language);
            var mode = parse.GetValue(format)!;
            var bytes = DocumentRenderer.Render(document, mode switch
            {
                "md" => DraftFormat.Markdown,
                "html" => DraftFormat.Html,
                "docx" => DraftFormat.Docx,
                _ => DraftFormat.Text,
            });
            if (parse.GetValue(output) is { } path)
            {
                File.WriteAllBytes(path, bytes);
                context.Output.WriteLine($"{path}: {bytes.Length} bytes, {document.Sections.Count} sections, in {document.Language}.");
            }
            else if (mode == "docx")
            {
                throw new InvalidInputException("--out: a Word document is binary; name the file to write it to.");
            }
            else
            {
                context.Output.Write(System.Text.Encoding.UTF8.GetString(bytes));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Check(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "The draft, as JSON." };
        var to = new Option<string>("--to") { Description = "The requested State.", Required = true };
        var format = CommonOptions.Format();
        var directoryFile = CommonOptions.File();
        var authorisedAs = CommonOptions.AuthorisedAs();
        var command = new Command("check", "Print the checklist of a draft: what is missing, incomplete, inconsistent or not in an accepted language, with sources and fixes. Exit 0 when ready to send, 3 when errors remain, 2 for invalid input.")
        {
            file, to, format, directoryFile, authorisedAs,
        };
        command.SetAction(parse =>
        {
            var (service, draft, requested) = Load(context, parse.GetValue(file)!, parse.GetValue(to)!, parse.GetValue(directoryFile));
            var checklist = service.Check(draft, requested, Arguments.Reader(parse.GetValue(authorisedAs)));
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                context.Output.WriteLine(DraftJson.Serialize(checklist));
            }
            else
            {
                context.Output.WriteLine(checklist.IsReadyToSend ? "READY TO SEND" : "NOT READY");
                context.Output.WriteLine($"Legal basis: {checklist.Determination.Outcome}; {string.Join("; ", checklist.Determination.LegalBasis.Select(b => $"{b.Description} [{b.Citation}]"))}");
                WriteIssues(context.Output, checklist);
            }

            return checklist.IsReadyToSend ? ExitCodes.Success : ExitCodes.IssuesRemain;
        });
        return command;
    }

    private static (DraftingService Service, RequestDraft Draft, StateCode Requested) Load(CliContext context, string path, string to, string? directoryFile)
    {
        var requested = Arguments.State(to, "--to");
        if (!File.Exists(path))
        {
            throw new InvalidInputException($"'{path}' does not exist.");
        }

        RequestDraft draft;
        try
        {
            draft = DraftJson.Parse(File.ReadAllText(path));
        }
        catch (InvalidDraftException e)
        {
            throw new InvalidInputException(e.Message, e);
        }

        if (draft.Kind is not (Requests.RequestKind.Extradition or Requests.RequestKind.MutualLegalAssistance))
        {
            throw new InvalidInputException($"$.kind: drafts are for extradition or mutualLegalAssistance, not '{Arguments.Camel(draft.Kind)}'.");
        }

        if (draft.RequestingState == requested)
        {
            throw new InvalidInputException($"--to: '{requested}' is the requesting State of the draft.");
        }

        var directory = Arguments.Directory(directoryFile);
        return (new DraftingService(directory, new EligibilityEvaluator(directory, context.Clock), context.Clock), draft, requested);
    }

    private static TemplateLanguage Language(string code) =>
        LanguageTag.TryParse(code, out var tag) && TemplateLanguages.TryFind(tag, out var language)
            ? language
            : throw new InvalidInputException($"--lang: '{code}' is not a template language; expected en, fr, es, ru, ar, zh or pt.");

    private static void WriteIssues(TextWriter writer, Checklist checklist)
    {
        foreach (var issue in checklist.Issues)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{(issue.Severity == IssueSeverity.Error ? "ERROR  " : "warning")} {issue.Path}: {issue.Message}"));
            writer.WriteLine($"        source: {issue.Source}");
            writer.WriteLine($"        fix:    {issue.Fix}");
        }
    }
}
