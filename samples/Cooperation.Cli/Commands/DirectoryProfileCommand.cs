using System.CommandLine;
using System.Globalization;
using Cooperation.Cli.Output;
using Cooperation.Law;
using Cooperation.Profiles;

namespace Cooperation.Cli.Commands;

/// <summary><c>cooperation directory profile --state MEX</c>: a State's treaty participation and notifications, with sources.</summary>
internal static class DirectoryProfileCommand
{
    public static Command Create(CliContext context)
    {
        var state = new Option<string>("--state") { Description = "The State (ISO 3166-1 alpha-3 or alpha-2).", Required = true };
        var file = CommonOptions.File();
        var format = CommonOptions.Format();
        var command = new Command("profile", "Print a State's profile: participation in each instrument, art. 16(5)(a) notifications, central authorities (18(13)) and languages (18(14)), each with its source and as-of date.")
        {
            state, file, format,
        };
        command.SetAction(parse =>
        {
            var code = Arguments.State(parse.GetValue(state)!, "--state");
            var profile = Arguments.Directory(parse.GetValue(file)).Get(code);
            context.Output.Write(parse.GetValue(format) == OutputFormat.Json ? CliJson.Serialize(profile) + "\n" : Text(profile));
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Text(StateProfile profile)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture);
        text.WriteLine($"{profile.State.Name} ({profile.State})");
        text.WriteLine();
        text.WriteLine("Participation (unknown after a source's date where the State had no record):");
        foreach (var p in profile.Participation)
        {
            var status = p.IsParty
                ? $"party by {p.Status.ToString().ToLowerInvariant()}{(p.Date is { } d ? $" deposited {d:uuuu-MM-dd}" : string.Empty)}, in force {(p.EntryIntoForce is { } e ? e.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) : "date unknown")}"
                : p.Status == ParticipationStatus.SignatureOnly ? $"signatory only (signed {p.Date:uuuu-MM-dd})" : "no record";
            text.WriteLine($"  {p.Instrument.Abbreviation,-6} {status}  [as of {p.Provenance.AsOf:uuuu-MM-dd}]");
        }

        text.WriteLine();
        text.WriteLine("Convention as legal basis for extradition (UNTOC art. 16(5)(a), UNCAC art. 44(6)(a)):");
        if (profile.ExtraditionBasis.Count == 0)
        {
            text.WriteLine("  unknown: no notification found");
        }

        foreach (var n in profile.ExtraditionBasis)
        {
            text.WriteLine($"  {n.Instrument.Abbreviation}: {n.Value}{(n.Conditions is null ? string.Empty : $" ({n.Conditions})")}  [{n.Provenance.Source}, as of {n.Provenance.AsOf:uuuu-MM-dd}]");
        }

        text.WriteLine($"Extradition conditional on a treaty: {Fact(profile.ExtraditionConditionalOnTreaty)}");
        text.WriteLine();
        text.WriteLine($"Central authorities ({ArticleCitation.Create(Instrument.Untoc, 18, 13)}):");
        if (profile.CentralAuthorities.Count == 0)
        {
            text.WriteLine("  unknown");
        }

        foreach (var c in profile.CentralAuthorities)
        {
            text.WriteLine($"  {c.Value}  [{c.Source}, as of {c.AsOf:uuuu-MM-dd}]");
        }

        text.WriteLine($"Languages ({ArticleCitation.Create(Instrument.Untoc, 18, 14)}): {(profile.MlaLanguages is { } l ? $"{string.Join("; ", l.Accepted)}  [{l.Provenance.Source}, as of {l.Provenance.AsOf:uuuu-MM-dd}]" : "unknown")}");
        text.WriteLine($"Requires the diplomatic channel: {Fact(profile.RequiresDiplomaticChannel)}");
        text.WriteLine($"Accepts INTERPOL when urgent: {Fact(profile.AcceptsInterpolWhenUrgent)}");
        foreach (var t in profile.Treaties)
        {
            text.WriteLine($"Treaty ({t.Kind}) with {t.Counterpart}: {t.Name}, in force {t.InForceFrom:uuuu-MM-dd}");
        }

        foreach (var d in profile.Declarations)
        {
            text.WriteLine($"Declaration{(d.Citation is null ? string.Empty : $" ({d.Citation})")}: {d.Summary}  [as of {d.Provenance.AsOf:uuuu-MM-dd}]");
        }

        return text.ToString();
    }

    private static string Fact(Sourced<bool>? fact) =>
        fact is null ? "unknown" : $"{(fact.Value ? "yes" : "no")}  [{fact.Source}, as of {fact.AsOf:uuuu-MM-dd}]";
}
