using System.CommandLine;
using System.Globalization;
using Cooperation.Cli.Output;
using Cooperation.Directory;
using Cooperation.Directory.Authorities;
using Cooperation.Directory.Queries;
using Cooperation.Requests;
using NodaTime;
using NodaTime.Text;

namespace Cooperation.Cli.Commands;

/// <summary><c>cooperation directory find --state BRA</c>: the authorities of a State, whether they are open, and the channel and language advice.</summary>
internal static class DirectoryFindCommand
{
    public static Command Create(CliContext context)
    {
        var state = new Option<string>("--state") { Description = "The requested State (ISO 3166-1 alpha-3 or alpha-2).", Required = true };
        var kind = new Option<string?>("--kind") { Description = "Only authorities handling this request kind: extradition, mutualLegalAssistance, transferOfSentencedPersons, confiscationCooperation, transferOfProceedings." };
        var from = new Option<string?>("--from") { Description = "The requesting State, shown in the advice." };
        var at = new Option<string?>("--at") { Description = "The instant to check opening hours at, ISO-8601 (default: now), e.g. 2026-03-29T01:30:00Z." };
        var urgent = new Option<bool>("--urgent") { Description = "Advise for an urgent request (INTERPOL where accepted, urgent procedures)." };
        var file = CommonOptions.File();
        var format = CommonOptions.Format();
        var authorisedAs = CommonOptions.AuthorisedAs();
        var command = new Command("find", "Find the authorities of a State, with their local time, whether they are open and their next opening, plus the channel and language advice (UNTOC art. 18(13)-(14)).")
        {
            state, kind, from, at, urgent, file, format, authorisedAs,
        };
        command.SetAction(parse =>
        {
            var requested = Arguments.State(parse.GetValue(state)!, "--state");
            var requestKind = Arguments.Kind(parse.GetValue(kind));
            var requesting = parse.GetValue(from) is { } f ? Arguments.State(f, "--from") : null;
            var instant = Arguments.Instant(parse.GetValue(at), context.Clock);
            var directory = Arguments.Directory(parse.GetValue(file));
            var reader = Arguments.Reader(parse.GetValue(authorisedAs));

            var authorities = directory.Find(new AuthorityQuery(requested, Kind: requestKind), reader)
                .Select(a => Found(a, instant))
                .ToList();
            var kinds = requestKind is { } k ? [k] : new[] { RequestKind.MutualLegalAssistance, RequestKind.Extradition };
            var advice = kinds.Select(k => directory.Advise(requesting, requested, k, parse.GetValue(urgent), reader)).ToList();
            var result = new DirectoryFindResult(instant, requested, directory.Document.Sample, authorities, advice);

            context.Output.Write(parse.GetValue(format) == OutputFormat.Json ? CliJson.Serialize(result) + "\n" : Text(result, parse.GetValue(urgent)));
            return ExitCodes.Success;
        });
        return command;
    }

    private static FoundAuthority Found(Authority authority, Instant at)
    {
        var reach = CooperationDirectory.ReachabilityOf(authority, at);
        return new FoundAuthority(authority.Id, authority.Name, authority.Designations, reach.TimeZone, reach.LocalTime, reach.UtcOffset,
            reach.Open, reach.NextOpening, reach.UrgentProcedure, authority);
    }

    private static string Text(DirectoryFindResult result, bool urgent)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture);
        text.WriteLine($"Authorities of {result.State.Name} ({result.State}) at {InstantPattern.ExtendedIso.Format(result.At)}");
        if (result.SampleData)
        {
            text.WriteLine("Includes SAMPLE DATA: fictional records, not for real requests.");
        }

        if (result.Authorities.Count == 0)
        {
            text.WriteLine("  No authority records you may see (the State's records may be restricted to authorised users).");
        }

        foreach (var found in result.Authorities)
        {
            var a = found.Record;
            text.WriteLine();
            text.WriteLine($"{a.Id}  {a.Name}");
            Line(text, "designated under", string.Join(", ", a.Designations));
            Line(text, "local time", found.LocalTime is { } local
                ? $"{LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm").Format(local)} ({found.TimeZone}, UTC{found.UtcOffset})"
                : "unknown (no time zone recorded)");
            Line(text, "open", found.Open switch
            {
                true => "yes",
                false => found.NextOpening is { } next ? $"no; opens {InstantPattern.ExtendedIso.Format(next)}" : "no; no opening within two years",
                null => "unknown (no office hours recorded)",
            });
            if (found.UrgentProcedure is { } procedure)
            {
                Line(text, "urgent procedure", $"{procedure.Description} 24/7: {string.Join(", ", new[] { procedure.Telephone24x7, procedure.Email24x7 }.OfType<string>())}");
            }

            if (urgent && found.Open != true)
            {
                Line(text, "urgent now", found.UrgentProcedure is null
                    ? "the office is not known to be open and no urgent procedure is recorded: see the channel advice below"
                    : "the office is not open: use the urgent procedure and its 24/7 contact above");
            }

            Line(text, "address", string.Join(", ", a.PostalAddress));
            Line(text, "telephone", string.Join(", ", a.Telephones));
            Line(text, "e-mail", a.Email);
            Line(text, "languages", string.Join("; ", a.Languages));
            Line(text, "forms", string.Join(", ", a.AcceptedForms.Select(Arguments.Camel)));
            Line(text, "channels", string.Join(", ", a.Channels.Select(Arguments.Camel)));
            Line(text, "via INTERPOL", a.AcceptsInterpol switch { true => "accepted", false => "not accepted", null => null });
            Line(text, "documents needed", string.Join("; ", a.RequiredDocuments));
            foreach (var person in a.ContactPersons)
            {
                Line(text, "contact person", string.Join(", ", new[] { person.Name, person.Position, person.DirectLine, person.Email }.OfType<string>()));
            }

            Line(text, "source", $"{a.Provenance.Source}, as of {a.Provenance.AsOf:uuuu-MM-dd}{(a.Provenance.Note is null ? string.Empty : $" ({a.Provenance.Note})")}");
        }

        foreach (var advice in result.Advice)
        {
            text.WriteLine();
            text.WriteLine($"Advice for {Arguments.Camel(advice.Kind)}{(advice.Urgent ? " (urgent)" : string.Empty)} [{string.Join(", ", advice.Citations)}]");
            Line(text, "channel", advice.Channel is { } channel ? Arguments.Camel(channel) : "unknown: information needed");
            Line(text, "also possible", string.Join(", ", advice.AlternativeChannels.Select(Arguments.Camel)));
            Line(text, "send to", string.Join(", ", advice.Recipients));
            Line(text, "languages", string.Join("; ", advice.Languages));
            foreach (var note in advice.Notes)
            {
                Line(text, "note", note);
            }
        }

        return text.ToString();
    }

    private static void Line(StringWriter text, string label, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            text.WriteLine($"  {label + ":",-18}{value}");
        }
    }
}
