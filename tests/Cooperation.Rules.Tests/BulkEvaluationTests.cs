using Cooperation.Directory;
using Cooperation.Requests;
using Cooperation.Rules.Cases;
using Cooperation.States;
using NodaTime;
using NodaTime.Testing;

namespace Cooperation.Rules.Tests;

public class BulkEvaluationTests
{
    private static readonly EligibilityEvaluator Evaluator = new(CooperationDirectory.Embedded, new FakeClock(Instant.FromUtc(2026, 11, 27, 0, 0)));

    private static IEnumerable<CooperationCase> Cases(int count) =>
        Enumerable.Range(0, count).Select(i => new CooperationCase($"c{i}", i % 2 == 0 ? RequestKind.Extradition : RequestKind.MutualLegalAssistance,
            StateCode.Parse("BRA"), [StateCode.Parse("MEX"), StateCode.Parse("USA")], Offence: new Offence(OffenceCategory.MoneyLaundering, 60 + i % 100)));

    private sealed class Recorder : IProgress<EvaluationProgress>
    {
        public List<EvaluationProgress> Reports { get; } = [];

        public void Report(EvaluationProgress value) => Reports.Add(value);
    }

    [Fact]
    public void EvaluateMany_ReportsProgress_UpToEveryCaseAndDetermination()
    {
        var recorder = new Recorder();

        var count = Evaluator.EvaluateMany(Cases(600), progress: recorder).Count();

        Assert.Equal(1200, count);
        Assert.Equal(new EvaluationProgress(600, 1200), recorder.Reports[^1]);
        Assert.True(recorder.Reports.Count >= 3);
        Assert.Equal(recorder.Reports.OrderBy(r => r.Cases), recorder.Reports);
    }

    [Fact]
    public async Task EvaluateManyAsync_ReportsProgressToo()
    {
        var recorder = new Recorder();

        var count = await Evaluator.EvaluateManyAsync(Cases(300).ToAsyncEnumerable(), progress: recorder).CountAsync();

        Assert.Equal(600, count);
        Assert.Equal(new EvaluationProgress(300, 600), recorder.Reports[^1]);
    }

    [Fact]
    public void EvaluateMany_IsLazy_AndStopsWhenCancelled()
    {
        using var cancel = new CancellationTokenSource();
        var produced = 0;
        IEnumerable<CooperationCase> Endless()
        {
            for (var i = 0; ; i++)
            {
                produced++;
                yield return new CooperationCase($"e{i}", RequestKind.MutualLegalAssistance, StateCode.Parse("ITA"), [StateCode.Parse("ESP")]);
            }
        }

        var first = Evaluator.EvaluateMany(Endless(), cancellationToken: cancel.Token).Take(10).ToList();

        Assert.Equal(10, first.Count);
        Assert.True(produced <= 512, $"{produced} cases were read for 10 results");
        cancel.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => Evaluator.EvaluateMany(Endless(), cancellationToken: cancel.Token).First());
    }
}
