using System.CommandLine;
using Cooperation.Directory.Access;
using Cooperation.Cli.Tracking;
using Cooperation.Directory;
using Cooperation.Drafting;
using Cooperation.Requests;
using Cooperation.Rules;
using Cooperation.Drafting.Drafts;
using Cooperation.Drafting.Serialization;
using Cooperation.Tracking.Requests;
using Cooperation.Tracking.Serialization;

namespace Cooperation.Cli.Commands.Tracking;

/// <summary><c>cooperation track new FILE --db PATH --as USER</c>: opens a request from a JSON document.</summary>
internal static class TrackNewCommand
{
    public static Command Create(CliContext context)
    {
        var options = new TrackOptions();
        var file = new Argument<string?>("file") { Description = "The request: {\"request\": {...}, \"personalData\": {...}, \"note\": \"...\"} (see docs/tracking.md).", Arity = ArgumentArity.ZeroOrOne };
        var fromDraft = new Option<string?>("--from-draft") { Description = "Open an outgoing request from a draft (cooperation draft); needs --to." };
        var to = new Option<string?>("--to") { Description = "With --from-draft: the requested State." };
        var command = new Command("new", "Open a request: an outgoing one starts drafted, an incoming one received.") { file, fromDraft, to };
        options.AddTo(command, writes: true);
        command.SetAction(parse =>
        {
            var directory = options.Directory(parse);
            var (opening, path) = Read(parse.GetValue(file), parse.GetValue(fromDraft), parse.GetValue(to), directory, context);
            var authorities = opening.Request.Authorities;
            foreach (var (field, id) in new[] { ("requesting", authorities?.Requesting), ("requested", authorities?.Requested), ("executing", authorities?.Executing) })
            {
                if (id is not null && directory.Find(id, Reader.Authorised("cooperation-cli")) is null)
                {
                    throw new InvalidInputException($"{path}: $.request.authorities.{field}: no authority '{id}' in the directory (add it with --directory FILE, or leave the field out).");
                }
            }

            var actor = options.Actor(parse);
            using var store = options.OpenStore(parse);
            var opened = options.Tracker(store, context).Open(opening.Request, actor, opening.Note, opening.PersonalData);
            context.Output.WriteLine($"opened request {opened.Id}: {RequestText.Describe(opened)}; status {Arguments.Camel(opened.Status)}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static (RequestOpening Opening, string Path) Read(string? file, string? draft, string? to, CooperationDirectory directory, CliContext context)
    {
        if ((file is null) == (draft is null))
        {
            throw new InvalidInputException("Give either a request FILE or --from-draft DRAFT --to STATE.");
        }

        var path = (file ?? draft)!;
        if (!File.Exists(path))
        {
            throw new InvalidInputException($"'{path}' does not exist.");
        }

        if (file is not null)
        {
            return to is null ? (TrackingJson.ParseOpening(File.ReadAllText(path)), path) : throw new InvalidInputException("--to goes with --from-draft; a request file names its requested State.");
        }

        var requested = Arguments.State(to ?? throw new InvalidInputException("--from-draft needs --to STATE, the requested State."), "--to");
        RequestDraft parsed;
        try
        {
            parsed = DraftJson.Parse(File.ReadAllText(path));
        }
        catch (InvalidDraftException e)
        {
            throw new InvalidInputException(e.Message, e);
        }

        if (parsed.RequestingState == requested)
        {
            throw new InvalidInputException($"--to: '{requested}' is the requesting State of the draft.");
        }

        if (parsed.Kind is not (RequestKind.Extradition or RequestKind.MutualLegalAssistance))
        {
            throw new InvalidInputException($"$.kind: drafts are for extradition or mutualLegalAssistance, not '{Arguments.Camel(parsed.Kind)}'.");
        }

        var checklist = new DraftingService(directory, new EligibilityEvaluator(directory, context.Clock), context.Clock)
            .Check(parsed, requested, Reader.Authorised("cooperation-cli"));
        return (DraftOpening.From(parsed, requested, checklist, path), path);
    }
}
