using System.CommandLine;
using Cooperation.Law;

namespace Cooperation.Cli.Commands;

/// <summary><c>cooperation cite TEXT...</c>: checks citations against the article catalogue and names the articles.</summary>
internal static class CiteCommand
{
    public static Command Create(CliContext context)
    {
        var citations = new Argument<string[]>("citation")
        {
            Description = "Citations such as \"UNTOC art. 16(5)(a)\" (instrument UNTOC, TIP, SOM, FP, UNCAC or 1988).",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("cite", "Check citations against the catalogue of every article of the six instruments and print the canonical form and article title.")
        {
            citations,
        };
        command.SetAction(parseResult =>
        {
            foreach (var text in parseResult.GetValue(citations)!)
            {
                ArticleCitation citation;
                try
                {
                    citation = ArticleCitation.Parse(text);
                }
                catch (FormatException e)
                {
                    throw new InvalidInputException(e.Message, e);
                }

                context.Output.WriteLine($"{citation}\t{citation.Instrument.Name}, art. {citation.Article}: {citation.ArticleTitle}");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
