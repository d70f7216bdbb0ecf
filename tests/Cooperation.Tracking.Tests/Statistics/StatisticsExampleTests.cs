using Cooperation.Evaluation;
using Cooperation.Requests;
using Cooperation.Tracking.Catalogue;
using Cooperation.Tracking.Lifecycle;
using Cooperation.Tracking.Reporting;
using Cooperation.Tracking.Requests;
using Cooperation.Tracking.Statistics;
using Cooperation.Tracking.Tests.Support;
using NodaTime;

namespace Cooperation.Tracking.Tests.Statistics;

/// <summary>A small caseload whose figures can be checked by hand.</summary>
public class StatisticsExampleTests
{
    private static readonly Instant AsOf = Instant.FromUtc(2026, 12, 31, 0, 0);
    private readonly RequestTracker _tracker;

    public StatisticsExampleTests()
    {
        var (tracker, clock, _) = Sample.Tracker();
        _tracker = tracker;

        // Three outgoing MLA requests to the USA under UNTOC: executed after 10 and 40 days, one still open.
        foreach (var days in new[] { 10, 40 })
        {
            clock.Reset(Sample.Start);
            var file = tracker.Open(Sample.Outgoing(), "prosecutor");
            tracker.Record(file.Id, new EventEntry(RequestEventKind.Sent), "ca");
            tracker.Record(file.Id, new EventEntry(RequestEventKind.Acknowledged), "ca");
            tracker.Record(file.Id, new EventEntry(RequestEventKind.ExecutionStarted), "ca");
            clock.Reset(Sample.Start + Duration.FromDays(days));
            tracker.Record(file.Id, new EventEntry(RequestEventKind.Executed), "ca");
        }

        clock.Reset(Sample.Start);
        var open = tracker.Open(Sample.Outgoing(), "prosecutor");
        tracker.Record(open.Id, new EventEntry(RequestEventKind.Sent), "ca");

        // One never sent: not counted anywhere.
        tracker.Open(Sample.Outgoing(to: "NPL"), "prosecutor");

        // One incoming extradition request from Brazil, refused on bank secrecy and essential interests after 100 days.
        var incoming = tracker.Open(Sample.Incoming(RequestKind.Extradition), "registry");
        clock.Reset(Sample.Start + Duration.FromDays(100));
        tracker.Record(incoming.Id, new EventEntry(RequestEventKind.Refused, "Reasons.", [RefusalGround.BankSecrecy, RefusalGround.EssentialInterests]), "ca");
    }

    private TrackingStatistics Figures(StatisticsQuery? query = null) => TrackingStatistics.Compute(_tracker.All(), query ?? StatisticsQuery.All, AsOf);

    [Fact]
    public void Counts_ByDirection_Counterpart_Kind_Outcome_AndGround()
    {
        var s = Figures();
        Assert.Equal(3, s.Table(StatisticsTables.Total)["outgoing"]);
        Assert.Equal(1, s.Table(StatisticsTables.Total)["incoming"]);
        Assert.Equal(3, s.Table(StatisticsTables.ByCounterpart)["outgoing", "USA"]);
        Assert.Null(s.Table(StatisticsTables.ByCounterpart)["outgoing", "NPL"]);
        Assert.Equal(1, s.Table(StatisticsTables.ByKind)["incoming", "extradition"]);
        Assert.Equal(2, s.Table(StatisticsTables.ByOutcome)["outgoing", "executed"]);
        Assert.Equal(1, s.Table(StatisticsTables.ByOutcome)["outgoing", "pending"]);
        Assert.Equal(1, s.Table(StatisticsTables.ByRefusalGround)["incoming", "bankSecrecy"]);
        Assert.Equal(1, s.Table(StatisticsTables.ByRefusalGround)["incoming", "essentialInterests"]);
        Assert.Equal(2, s.Table(StatisticsTables.ByLegalBasisAndOutcome)["outgoing", "UNTOC", "executed"]);
        Assert.Equal(1, s.Table(StatisticsTables.ByOffence)["incoming", "corruption"]);
    }

    [Fact]
    public void TimeToCompletion_AndOpenCaseload()
    {
        var s = Figures();
        var outgoing = s.Completion.Single(c => c.Direction == "outgoing");
        Assert.Equal((2, 10.0, 40.0), (outgoing.Completed!.Value, outgoing.MedianDays!.Value, outgoing.Percentile90Days!.Value));
        Assert.Equal(100.0, s.Completion.Single(c => c.Direction == "incoming").MedianDays);
        Assert.Equal(1, s.Table(StatisticsTables.TimeToCompletion)["outgoing", "0-30 days"]);
        Assert.Equal(1, s.Table(StatisticsTables.TimeToCompletion)["outgoing", "31-90 days"]);
        Assert.Equal(1, s.Table(StatisticsTables.TimeToCompletion)["incoming", "91-180 days"]);
        Assert.Equal(1, s.Table(StatisticsTables.OpenCaseloadByAge)["outgoing", "181-365 days"]);
    }

    [Fact]
    public void Filters_AndPeriods_SelectTheRequestsCounted()
    {
        Assert.Null(Figures(new StatisticsQuery(Direction: Direction.Incoming)).Table(StatisticsTables.Total)["outgoing"]);
        Assert.Equal(1, Figures(new StatisticsQuery(Kind: RequestKind.Extradition)).Table(StatisticsTables.Total)["incoming"]);
        Assert.Empty(Figures(new StatisticsQuery(Period: new Interval(Sample.Start + Duration.FromDays(1), null))).Table(StatisticsTables.Total).Cells);
        Assert.Equal(3, Figures(new StatisticsQuery(LegalBasis: "untoc", Counterpart: Sample.State("USA"))).Table(StatisticsTables.Total)["outgoing"]);
    }

    [Fact]
    public void Publication_SuppressesSmallCells()
    {
        var published = Figures().ForPublication(3);
        Assert.Equal(3, published.Table(StatisticsTables.Total)["outgoing"]);
        Assert.True(published.Table(StatisticsTables.Total).Cells.Single(c => c.Key[0] == "incoming").IsSuppressed);
        Assert.All(published.Completion, c => Assert.Null(c.MedianDays));
        Assert.Throws<InvalidOperationException>(() => published.ForPublication(3));
    }

    [Fact]
    public void Csv_HasOneRowPerCell_AndMarksSuppression()
    {
        var csv = StatisticsCsv.Write(Figures().ForPublication(3)).Split("\r\n");
        Assert.Equal(StatisticsCsv.Header, csv[0]);
        Assert.Contains("total,outgoing,,,3,false", csv);
        Assert.Contains("total,incoming,,,,true", csv);
        Assert.Contains("byLegalBasisAndOutcome,outgoing,UNTOC,executed,,true", csv);
    }

    [Fact]
    public void Html_IsSelfContained_WithInlineSvgCharts()
    {
        var html = StatisticsHtmlReport.Write(Figures(), "Requests <2026>");
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("Requests &lt;2026&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void TheCatalogue_HoldsOnlyMarkedRequests_Anonymised()
    {
        var executed = _tracker.All().First(f => f.Status == RequestStatus.Executed);
        _tracker.Record(executed.Id, new EventEntry(RequestEventKind.MarkedForCatalogue), "ca");
        var entry = Assert.Single(CaseCatalogue.Export(_tracker.All()));
        Assert.Equal((1, "ESP", "USA", "executed", 10), (entry.Case, entry.RequestingState.ToString(), entry.RequestedState.ToString(), entry.Outcome, entry.DurationDays!.Value));
        Assert.Equal(["UNTOC art. 18"], entry.LegalBasis);
        var json = Tracking.Serialization.TrackingJson.Serialize(CaseCatalogue.Export(_tracker.All()));
        Assert.DoesNotContain("2026/114", json, StringComparison.Ordinal);
        Assert.DoesNotContain("prosecutor", json, StringComparison.Ordinal);
        Assert.DoesNotContain("2026-", json, StringComparison.Ordinal);
    }
}
