using Cooperation.Directory;
using Cooperation.Directory.Access;
using Cooperation.Directory.Serialization;
using Cooperation.Requests;
using Cooperation.States;
using NodaTime;
using NodaTime.Text;

namespace Cooperation.Cli;

/// <summary>Turns option values into domain values, with errors that name the offending value (exit code 2).</summary>
internal static class Arguments
{
    public static StateCode State(string value, string option) =>
        StateCode.TryParse(value, out var state)
            ? state
            : throw new InvalidInputException($"{option}: '{value}' is not an ISO 3166-1 alpha-3 or alpha-2 State code.");

    public static Instant Instant(string? value, IClock clock)
    {
        if (value is null)
        {
            return clock.GetCurrentInstant();
        }

        var result = InstantPattern.ExtendedIso.Parse(value);
        return result.Success
            ? result.Value
            : throw new InvalidInputException($"--at: '{value}' is not an ISO-8601 instant such as 2026-03-29T01:30:00Z.");
    }

    public static LocalDate Date(string? value, IClock clock, string option)
    {
        if (value is null)
        {
            return clock.GetCurrentInstant().InUtc().Date;
        }

        var result = LocalDatePattern.Iso.Parse(value);
        return result.Success ? result.Value : throw new InvalidInputException($"{option}: '{value}' is not a date (YYYY-MM-DD).");
    }

    public static RequestKind? Kind(string? value)
    {
        if (value is null)
        {
            return null;
        }

        foreach (var kind in Enum.GetValues<RequestKind>())
        {
            if (string.Equals(Camel(kind), value, StringComparison.OrdinalIgnoreCase))
            {
                return kind;
            }
        }

        throw new InvalidInputException($"--kind: '{value}' is not a request kind; expected one of {string.Join(", ", Enum.GetValues<RequestKind>().Select(Camel))}.");
    }

    public static Reader Reader(string? authorisedAs) =>
        authorisedAs is null ? Cooperation.Directory.Access.Reader.Anonymous : Cooperation.Directory.Access.Reader.Authorised(authorisedAs);

    public static CooperationDirectory Directory(string? file, string option = "--file")
    {
        if (file is null)
        {
            return CooperationDirectory.Embedded;
        }

        if (!File.Exists(file))
        {
            throw new InvalidInputException($"{option}: '{file}' does not exist.");
        }

        return CooperationDirectory.Embedded.MergeWith(DirectoryJson.Load(file));
    }

    public static string Camel<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}
