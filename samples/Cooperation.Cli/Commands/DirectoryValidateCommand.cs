using System.CommandLine;
using Cooperation.Directory.Serialization;

namespace Cooperation.Cli.Commands;

/// <summary><c>cooperation directory validate FILE</c>: exit 0 for a valid directory file, 2 with every problem otherwise.</summary>
internal static class DirectoryValidateCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "The directory file to check against docs/directory.schema.json and the loader's rules." };
        var command = new Command("validate", "Check a directory file: exit 0 if valid, 2 with the list of problems (JSON path, message, value) otherwise.")
        {
            file,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                throw new InvalidInputException($"'{path}' does not exist.");
            }

            var problems = DirectoryJson.Validate(File.ReadAllText(path));
            if (problems.Count == 0)
            {
                context.Output.WriteLine($"{path}: valid");
                return ExitCodes.Success;
            }

            throw new DirectoryValidationException(path, problems);
        });
        return command;
    }
}
