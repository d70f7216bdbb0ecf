using Cooperation.Directory.Schedules;
using FsCheck.Xunit;
using NodaTime;

namespace Cooperation.Directory.Tests.Schedules;

public class LocalTimeRangeTests
{
    private static readonly LocalTimeRange Morning = new(new LocalTime(9, 0), new LocalTime(12, 30));

    [Theory]
    [InlineData(8, 59, false)]
    [InlineData(9, 0, true)]
    [InlineData(12, 29, true)]
    [InlineData(12, 30, false)]
    public void Contains_IncludesStartAndExcludesEnd(int hour, int minute, bool expected) =>
        Assert.Equal(expected, Morning.Contains(new LocalTime(hour, minute)));

    [Fact]
    public void EndAtMidnight_MeansTheEndOfTheDay()
    {
        var evening = new LocalTimeRange(new LocalTime(18, 0), LocalTime.Midnight);

        Assert.True(evening.Contains(new LocalTime(23, 59, 59)));
        Assert.False(evening.Contains(LocalTime.Midnight));
        Assert.Equal("18:00-24:00", evening.ToString());
    }

    [Theory]
    [InlineData(17, 0, 9, 0)]
    [InlineData(9, 0, 9, 0)]
    public void Constructor_StartNotBeforeEnd_ThrowsGivingBothTimes(int startHour, int startMinute, int endHour, int endMinute)
    {
        var error = Assert.Throws<ArgumentException>(() => new LocalTimeRange(new LocalTime(startHour, startMinute), new LocalTime(endHour, endMinute)));
        Assert.Contains($"{startHour:00}:{startMinute:00}-{endHour:00}:{endMinute:00}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Overlaps_TouchingRangesDoNotOverlap()
    {
        var afternoon = new LocalTimeRange(new LocalTime(12, 30), new LocalTime(17, 0));
        var lunch = new LocalTimeRange(new LocalTime(12, 0), new LocalTime(13, 0));

        Assert.False(Morning.Overlaps(afternoon));
        Assert.True(Morning.Overlaps(lunch));
        Assert.True(lunch.Overlaps(afternoon));
    }

    [Property(MaxTest = 300)]
    public bool Overlaps_AgreesWithAMinuteByMinuteScan(ushort a, ushort b, ushort c, ushort d)
    {
        var first = Range(a, b);
        var second = Range(c, d);
        if (first is not LocalTimeRange x || second is not LocalTimeRange y)
        {
            return true;
        }

        var scanned = Enumerable.Range(0, 24 * 60).Select(m => LocalTime.Midnight.PlusMinutes(m)).Any(t => x.Contains(t) && y.Contains(t));
        return x.Overlaps(y) == scanned && y.Overlaps(x) == scanned;
    }

    private static LocalTimeRange? Range(ushort a, ushort b)
    {
        var (start, end) = (a % (24 * 60), b % (24 * 60 + 1));
        return end == 24 * 60 ? new LocalTimeRange(LocalTime.Midnight.PlusMinutes(start), LocalTime.Midnight)
            : start < end ? new LocalTimeRange(LocalTime.Midnight.PlusMinutes(start), LocalTime.Midnight.PlusMinutes(end))
            : null;
    }
}
