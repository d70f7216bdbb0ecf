using Cooperation.Directory.Data;
using Cooperation.Directory.Schedules;

namespace Cooperation.Directory.Serialization;

/// <summary>Checks that a well-typed document is consistent: unique identifiers, non-overlapping hours, zones where hours are given.</summary>
internal static class DirectoryConsistencyCheck
{
    public static IReadOnlyList<DirectoryProblem> Check(DirectoryDocument document)
    {
        var problems = new List<DirectoryProblem>();
        Duplicates(document.Authorities.Select(a => a.Id.ToUpperInvariant()), "$.authorities[{0}].id", "duplicate authority identifier (identifiers are compared ignoring case)", problems,
            i => document.Authorities[i].Id);
        Duplicates(document.Profiles.Select(p => p.State.Alpha3), "$.profiles[{0}].state", "a second profile for the same State", problems,
            i => document.Profiles[i].State.Alpha3);
        Duplicates(document.Visibility.Select(v => v.State.Alpha3), "$.visibility[{0}].state", "a second visibility choice for the same State", problems,
            i => document.Visibility[i].State.Alpha3);

        for (var p = 0; p < document.Profiles.Count; p++)
        {
            var profile = document.Profiles[p];
            Duplicates(profile.Participation.Select(x => x.Instrument.Abbreviation), $"$.profiles[{p}].participation[{{0}}].instrument",
                "a second participation entry for the same instrument", problems, i => profile.Participation[i].Instrument.Abbreviation);
            for (var t = 0; t < profile.Treaties.Count; t++)
            {
                var treaty = profile.Treaties[t];
                if (treaty.Counterpart == profile.State)
                {
                    problems.Add(new($"$.profiles[{p}].treaties[{t}].counterpart", "a treaty's counterpart must be another State", treaty.Counterpart.Alpha3));
                }

                if (treaty.InForceUntil is { } until && until < treaty.InForceFrom)
                {
                    problems.Add(new($"$.profiles[{p}].treaties[{t}].inForceUntil", "ends before it enters into force", until.ToString()));
                }
            }
        }

        for (var a = 0; a < document.Authorities.Count; a++)
        {
            var authority = document.Authorities[a];
            if (authority.OfficeHours is not { } hours)
            {
                continue;
            }

            var path = $"$.authorities[{a}].officeHours";
            if (authority.TimeZone is null)
            {
                problems.Add(new($"$.authorities[{a}].timeZone", "office hours are given, so the time zone they are in is needed"));
            }

            foreach (var day in new[] { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" })
            {
                Overlaps(DayOf(hours.Weekly, day), $"{path}.weekly.{day}", problems);
            }

            for (var e = 0; e < hours.Exceptions.Count; e++)
            {
                var exception = hours.Exceptions[e];
                Overlaps(exception.Hours, $"{path}.exceptions[{e}].hours", problems);
                if (exception.To is { } to && to < exception.From)
                {
                    problems.Add(new($"{path}.exceptions[{e}].to", $"ends before it starts ({exception.From})", to.ToString()));
                }

                for (var other = 0; other < e; other++)
                {
                    var earlier = hours.Exceptions[other];
                    if (exception.From <= earlier.Last && earlier.From <= exception.Last)
                    {
                        problems.Add(new($"{path}.exceptions[{e}]", $"covers dates that exceptions[{other}] also covers ({earlier.From} to {earlier.Last})", exception.From.ToString()));
                    }
                }
            }
        }

        return problems;
    }

    private static IReadOnlyList<LocalTimeRange> DayOf(WeeklySchedule weekly, string day) => day switch
    {
        "monday" => weekly.Monday,
        "tuesday" => weekly.Tuesday,
        "wednesday" => weekly.Wednesday,
        "thursday" => weekly.Thursday,
        "friday" => weekly.Friday,
        "saturday" => weekly.Saturday,
        _ => weekly.Sunday,
    };

    private static void Overlaps(IReadOnlyList<LocalTimeRange> ranges, string path, List<DirectoryProblem> problems)
    {
        for (var i = 0; i < ranges.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (ranges[i].Overlaps(ranges[j]))
                {
                    problems.Add(new($"{path}[{i}]", $"overlaps {ranges[j]} at [{j}]", ranges[i].ToString()));
                }
            }
        }
    }

    private static void Duplicates(IEnumerable<string> keys, string pathFormat, string message, List<DirectoryProblem> problems, Func<int, string> value)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var index = 0;
        foreach (var key in keys)
        {
            if (seen.TryGetValue(key, out var first))
            {
                problems.Add(new(string.Format(System.Globalization.CultureInfo.InvariantCulture, pathFormat, index), $"{message}; first at index {first}", value(index)));
            }
            else
            {
                seen[key] = index;
            }

            index++;
        }
    }
}
