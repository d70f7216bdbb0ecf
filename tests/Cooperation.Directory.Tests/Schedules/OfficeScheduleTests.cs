using Cooperation.Directory.Schedules;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Cooperation.Directory.Tests.Schedules;

public class OfficeScheduleTests
{
    private static readonly LocalTimeRange NineToFive = LocalTimeRange.Parse("09:00-17:00");

    private static OfficeSchedule Schedule(string zone, WeeklySchedule weekly, params ScheduleException[] exceptions) =>
        new(new OfficeHours(weekly, exceptions), DateTimeZoneProviders.Tzdb[zone]);

    [Fact]
    public void Kathmandu_UsesItsQuarterHourOffset()
    {
        var office = Schedule("Asia/Kathmandu", WeeklySchedule.MondayToFriday(NineToFive));
        // Monday 2026-03-02 03:15Z is 09:00 in Kathmandu (+05:45).
        var opening = Instant.FromUtc(2026, 3, 2, 3, 15);

        Assert.False(office.IsOpen(opening - Duration.FromMinutes(1)));
        Assert.True(office.IsOpen(opening));
        Assert.Equal(opening, office.NextOpening(Instant.FromUtc(2026, 3, 1, 12, 0)));
        Assert.Equal(Offset.FromHoursAndMinutes(5, 45), office.LocalAt(opening).Offset);
    }

    [Fact]
    public void London_OnTheNightClocksGoForward_OpensWhenTheWallClockSaysSo()
    {
        // 29 March 2026: at 01:00 UTC London jumps from 01:00 GMT to 02:00 BST. Sunday hours 00:00-02:30 local.
        var office = Schedule("Europe/London", new WeeklySchedule(sunday: [LocalTimeRange.Parse("00:00-02:30")]));

        Assert.True(office.IsOpen(Instant.FromUtc(2026, 3, 29, 0, 59)));   // 00:59 GMT
        Assert.True(office.IsOpen(Instant.FromUtc(2026, 3, 29, 1, 0)));    // 02:00 BST
        Assert.True(office.IsOpen(Instant.FromUtc(2026, 3, 29, 1, 29)));   // 02:29 BST
        Assert.False(office.IsOpen(Instant.FromUtc(2026, 3, 29, 1, 30)));  // 02:30 BST: closed
        // Two and a half hours of wall-clock range, but only an hour and a half of real time that night.
        Assert.Equal(Instant.FromUtc(2026, 3, 29, 1, 30), office.AddWorkingTime(Instant.FromUtc(2026, 3, 29, 0, 0), Duration.FromMinutes(90)));
    }

    [Fact]
    public void NewYork_OnTheNightClocksGoBack_IsOpenForBothPassesOfTheRepeatedHour()
    {
        // 1 November 2026: 02:00 EDT becomes 01:00 EST at 06:00 UTC; the range 01:00-01:30 happens twice.
        var office = Schedule("America/New_York", new WeeklySchedule(sunday: [LocalTimeRange.Parse("01:00-01:30")]));

        Assert.True(office.IsOpen(Instant.FromUtc(2026, 11, 1, 5, 10)));   // 01:10 EDT
        Assert.False(office.IsOpen(Instant.FromUtc(2026, 11, 1, 5, 40)));  // 01:40 EDT
        Assert.True(office.IsOpen(Instant.FromUtc(2026, 11, 1, 6, 10)));   // 01:10 EST
        Assert.Equal(Instant.FromUtc(2026, 11, 1, 6, 0), office.NextOpening(Instant.FromUtc(2026, 11, 1, 5, 40)));
    }

    [Fact]
    public void SaoPaulo_NoLongerObservesDaylightSavingTime()
    {
        // Brazil abolished DST in 2019: before, November clocks moved forward; since, São Paulo stays at -03:00.
        var office = Schedule("America/Sao_Paulo", WeeklySchedule.MondayToFriday(NineToFive));

        Assert.Equal(Offset.FromHours(-2), office.LocalAt(Instant.FromUtc(2018, 12, 3, 12, 0)).Offset);
        Assert.Equal(Offset.FromHours(-3), office.LocalAt(Instant.FromUtc(2026, 12, 7, 12, 0)).Offset);
        Assert.Equal(Instant.FromUtc(2026, 12, 7, 12, 0), office.NextOpening(Instant.FromUtc(2026, 12, 5, 12, 0)));
    }

    [Fact]
    public void Exceptions_ReplaceTheWeeklyHours()
    {
        var holiday = new ScheduleException(new LocalDate(2026, 4, 3), null, [], "Good Friday");
        var office = Schedule("UTC", WeeklySchedule.MondayToFriday(NineToFive), holiday);

        Assert.False(office.IsOpen(Instant.FromUtc(2026, 4, 3, 10, 0)));
        Assert.Equal(Instant.FromUtc(2026, 4, 6, 9, 0), office.NextOpening(Instant.FromUtc(2026, 4, 3, 10, 0)));
    }

    [Fact]
    public void WorkingHoursAndDays_AreCountedInOfficeTime()
    {
        var office = Schedule("UTC", WeeklySchedule.MondayToFriday(NineToFive));
        var fridayAfternoon = Instant.FromUtc(2026, 3, 6, 15, 0);

        Assert.Equal(Instant.FromUtc(2026, 3, 9, 15, 0), office.AddWorkingTime(fridayAfternoon, Duration.FromHours(8)));
        Assert.Equal(Instant.FromUtc(2026, 3, 10, 17, 0), office.AddWorkingDays(fridayAfternoon, 2));
    }

    [Fact]
    public void AnOfficeThatNeverOpens_HasNoNextOpening() =>
        Assert.Null(Schedule("UTC", new WeeklySchedule()).NextOpening(Instant.FromUtc(2026, 1, 1, 0, 0)));

    public static Arbitrary<Case> Cases() => Generators.Cases.ToArbitrary();

    [Property(Arbitrary = [typeof(OfficeScheduleTests)], MaxTest = 60)]
    public bool NextOpening_AgreesWithAMinuteByMinuteScanOfLocalTime(Case c)
    {
        var office = c.Schedule;
        var scanned = Naive.Minutes(c.Start, 10 * 24 * 60).Cast<Instant?>().FirstOrDefault(m => Naive.IsOpen(c.Hours, c.Zone, m!.Value));
        var next = office.NextOpening(c.Start);
        return scanned is null ? next is null || next > c.Start + Duration.FromDays(10) : next == scanned;
    }

    [Property(Arbitrary = [typeof(OfficeScheduleTests)], MaxTest = 60)]
    public bool IsOpen_AgreesWithTheLocalWallClock(Case c) =>
        Naive.Minutes(c.Start, 3 * 24 * 60).Where((_, i) => i % 7 == 0).All(m => c.Schedule.IsOpen(m) == Naive.IsOpen(c.Hours, c.Zone, m));

    [Property(Arbitrary = [typeof(OfficeScheduleTests)], MaxTest = 40)]
    public bool AddWorkingTime_AgreesWithCountingOpenMinutes(Case c, byte hours)
    {
        var minutes = 1 + (hours % 24) * 30;
        var counted = 0;
        Instant? expected = null;
        foreach (var m in Naive.Minutes(c.Start, 20 * 24 * 60))
        {
            if (Naive.IsOpen(c.Hours, c.Zone, m) && ++counted == minutes)
            {
                expected = m + Duration.FromMinutes(1);
                break;
            }
        }

        var actual = c.Schedule.AddWorkingTime(c.Start, Duration.FromMinutes(minutes));
        return expected is null ? actual is null || actual > c.Start + Duration.FromDays(20) : actual == expected;
    }

    /// <summary>A zone (including ones with DST, half- and quarter-hour offsets and recent rule changes), weekly hours and a start instant near a transition.</summary>
    public sealed record Case(DateTimeZone Zone, OfficeHours Hours, Instant Start)
    {
        public OfficeSchedule Schedule => new(Hours, Zone);

        public override string ToString() => $"{Zone.Id} from {Start}: {string.Join(" ", Enum.GetValues<IsoDayOfWeek>().Skip(1).Select(d => $"{d}=[{string.Join(",", Hours.Weekly.For(d))}]"))}";
    }

    private static class Generators
    {
        private static readonly string[] Zones =
            ["Europe/London", "America/New_York", "Asia/Kathmandu", "America/Sao_Paulo", "Australia/Lord_Howe", "Asia/Kolkata",
             "Pacific/Chatham", "America/Mexico_City", "Europe/Kyiv", "Africa/Casablanca", "America/St_Johns", "UTC"];

        // Instants around recent transitions, and ordinary ones.
        private static readonly Instant[] Starts =
            [Instant.FromUtc(2026, 3, 28, 20, 0), Instant.FromUtc(2026, 10, 24, 20, 0), Instant.FromUtc(2026, 3, 7, 20, 0),
             Instant.FromUtc(2026, 10, 31, 20, 0), Instant.FromUtc(2026, 4, 4, 10, 0), Instant.FromUtc(2022, 10, 29, 18, 0),
             Instant.FromUtc(2019, 2, 16, 12, 0), Instant.FromUtc(2026, 6, 15, 0, 0)];

        private static readonly Gen<IReadOnlyList<LocalTimeRange>> Day =
            Gen.Choose(0, 3).SelectMany(count => Gen.ArrayOf(Gen.Choose(0, 48), count * 2).Select(ToRanges));

        public static readonly Gen<Case> Cases =
            from zone in Gen.Elements(Zones)
            from start in Gen.Elements(Starts)
            from offsetMinutes in Gen.Choose(0, 36 * 60)
            from days in Gen.ArrayOf(Day, 7)
            select new Case(
                DateTimeZoneProviders.Tzdb[zone],
                new OfficeHours(new WeeklySchedule(days[0], days[1], days[2], days[3], days[4], days[5], days[6]), []),
                start + Duration.FromMinutes(offsetMinutes));

        // Half-hour boundaries, sorted and made disjoint.
        private static IReadOnlyList<LocalTimeRange> ToRanges(int[] halfHours)
        {
            var points = halfHours.Distinct().Order().ToArray();
            var ranges = new List<LocalTimeRange>();
            for (var i = 0; i + 1 < points.Length; i += 2)
            {
                var end = points[i + 1] == 48 ? LocalTime.Midnight : LocalTime.Midnight.PlusMinutes(points[i + 1] * 30);
                ranges.Add(new LocalTimeRange(LocalTime.Midnight.PlusMinutes(points[i] * 30), end));
            }

            return ranges;
        }
    }

    private static class Naive
    {
        public static IEnumerable<Instant> Minutes(Instant start, int count)
        {
            var first = Instant.FromUnixTimeSeconds((start.ToUnixTimeSeconds() + 59) / 60 * 60);
            for (var i = 0; i < count; i++)
            {
                yield return first + Duration.FromMinutes(i);
            }
        }

        public static bool IsOpen(OfficeHours hours, DateTimeZone zone, Instant instant)
        {
            var local = instant.InZone(zone).LocalDateTime;
            var day = local.Date.DayOfWeek;
            return hours.Weekly.For(day).Any(r => local.TimeOfDay >= r.Start && (r.End == LocalTime.Midnight || local.TimeOfDay < r.End));
        }
    }
}
