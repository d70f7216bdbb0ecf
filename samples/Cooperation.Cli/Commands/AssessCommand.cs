using System.CommandLine;
using System.Globalization;
using Cooperation.Directory;
using Cooperation.Directory.Serialization;
using Cooperation.Evaluation;
using Cooperation.Rules;
using Cooperation.Rules.Cases;
using Cooperation.Rules.Serialization;
using NodaTime;

namespace Cooperation.Cli.Commands;

/// <summary><c>cooperation assess FILE|-</c>: the eligibility determinations for one case or a batch.</summary>
internal static class AssessCommand
{
    public static Command Create(CliContext context)
    {
        var input = new Argument<string>("file") { Description = "A case, {\"cases\": [...]}, or (with --format jsonl) one case per line; '-' reads standard input." };
        var asOf = new Option<string?>("--as-of") { Description = "The date to read the law and State data as of, YYYY-MM-DD (default: today)." };
        var states = new Option<string?>("--states") { Description = "State profiles in the directory's JSON format (docs/directory.schema.json); a profile there replaces the embedded profile of its State as a whole." };
        var format = new Option<string>("--format") { Description = "text (a report), json (one document) or jsonl (JSON Lines in and out, for large inputs).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "jsonl");
        var command = new Command("assess", "Assess cases: for each requested State, whether the convention applies, on what legal basis, which refusal grounds are open, and what information is needed, with citations.")
        {
            input, asOf, states, format,
        };
        command.SetAction(parse =>
        {
            var date = Arguments.Date(parse.GetValue(asOf), context.Clock, "--as-of");
            var directory = LoadStates(parse.GetValue(states));
            var evaluator = new EligibilityEvaluator(directory, context.Clock);
            var path = parse.GetValue(input)!;
            var mode = parse.GetValue(format)!;
            using var reader = Open(path);

            using var progress = context.ErrorIsTerminal ? new TerminalProgress(context.Error) : null;
            if (mode == "jsonl")
            {
                foreach (var determination in evaluator.EvaluateMany(Read(() => CaseJson.ReadLines(reader)), date, progress: progress))
                {
                    context.Output.WriteLine(CaseJson.Serialize(new AssessmentReport(date, [determination]), indented: false));
                }

                return ExitCodes.Success;
            }

            var cases = Read(() => CaseJson.Parse(reader.ReadToEnd()));
            var report = new AssessmentReport(date, [.. evaluator.EvaluateMany(cases, date, progress: progress)]);
            context.Output.Write(mode == "json" ? CaseJson.Serialize(report) + "\n" : Text(report, directory));
            return ExitCodes.Success;
        });
        return command;
    }

    private static CooperationDirectory LoadStates(string? file)
    {
        if (file is null)
        {
            return CooperationDirectory.Embedded;
        }

        if (!File.Exists(file))
        {
            throw new InvalidInputException($"--states: '{file}' does not exist.");
        }

        return CooperationDirectory.Embedded.MergeWith(DirectoryJson.Load(file) with { Authorities = [], Visibility = [] });
    }

    private static TextReader Open(string path)
    {
        if (path == "-")
        {
            return Console.In;
        }

        return File.Exists(path) ? File.OpenText(path) : throw new InvalidInputException($"'{path}' does not exist.");
    }

    private static T Read<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (CaseValidationException e)
        {
            throw new InvalidInputException(e.Message, e);
        }
    }

    private static string Text(AssessmentReport report, CooperationDirectory directory)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture);
        text.WriteLine($"Assessment as of {report.AsOf:uuuu-MM-dd} ({report.Determinations.Count} determination{(report.Determinations.Count == 1 ? string.Empty : "s")})");
        foreach (var d in report.Determinations)
        {
            text.WriteLine();
            text.WriteLine($"{d.CaseId}: {Arguments.Camel(d.Kind)} from {d.RequestingState.Name} to {d.RequestedState.Name} under {d.Instrument?.Abbreviation ?? "no instrument"}");
            text.WriteLine($"  OUTCOME: {Outcome(d.Outcome)}");
            foreach (var basis in d.LegalBasis)
            {
                text.WriteLine($"  legal basis  {basis.Description} [{basis.Citation}]");
            }

            foreach (var need in d.InformationNeeded)
            {
                text.WriteLine($"  needed       {need.Fact}: {need.Reason} [{need.Citation}]");
            }

            foreach (var ground in d.RefusalGrounds)
            {
                var verdict = ground.Valid switch { true => "open", false => "NOT a valid ground", null => "depends on treaty or domestic law" };
                text.WriteLine($"  refusal      {Arguments.Camel(ground.Ground)}: {verdict}. {ground.Explanation} [{ground.Citation}]");
            }

            foreach (var finding in d.Findings)
            {
                text.WriteLine($"  {Arguments.Camel(finding.Effect),-12} {finding.Explanation} [{finding.Citation}; {finding.Rule}]");
            }
        }

        if (directory.Document.Sample)
        {
            text.WriteLine();
            text.WriteLine("Note: State data includes SAMPLE (fictional) records.");
        }

        return text.ToString();
    }

    private static string Outcome(Outcome outcome) => outcome switch
    {
        Evaluation.Outcome.Eligible => "eligible",
        Evaluation.Outcome.NotEligible => "not eligible",
        _ => "information needed",
    };
}
