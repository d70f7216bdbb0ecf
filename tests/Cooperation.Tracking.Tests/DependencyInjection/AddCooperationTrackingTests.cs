using Cooperation.Tracking.Compliance;
using Cooperation.Tracking.Deadlines;
using Cooperation.Tracking.DependencyInjection;
using Cooperation.Tracking.Lifecycle;
using Cooperation.Tracking.Storage;
using Cooperation.Tracking.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace Cooperation.Tracking.Tests.DependencyInjection;

public class AddCooperationTrackingTests
{
    [Fact]
    public void RegistersTheTracker_TheReview_AndTheMonitor_OverAnInMemoryStore()
    {
        using var services = new ServiceCollection()
            .AddSingleton<IClock>(new FakeClock(Sample.Start))
            .AddCooperationTracking()
            .BuildServiceProvider();
        var tracker = services.GetRequiredService<RequestTracker>();
        var file = tracker.Open(Sample.Incoming(), "registry");
        Assert.IsType<InMemoryRequestStore>(services.GetRequiredService<IRequestStore>());
        Assert.Same(tracker, services.GetRequiredService<RequestTracker>());
        Assert.Empty(services.GetRequiredService<ComplianceReview>().Review(tracker.Record(file.Id, new EventEntry(RequestEventKind.ExecutionStarted), "officer")));
        Assert.Empty(services.GetRequiredService<DeadlineMonitor>().Overdue(tracker.All(), Sample.Start));
    }

    [Fact]
    public void AStoreRegisteredFirst_IsKept()
    {
        var store = new InMemoryRequestStore();
        using var services = new ServiceCollection()
            .AddSingleton<IClock>(new FakeClock(Sample.Start))
            .AddSingleton<IRequestStore>(store)
            .AddCooperationTracking(o => o.Reminders = ReminderPolicy.Default with { DueSoonWorkingDays = 10 })
            .BuildServiceProvider();
        services.GetRequiredService<RequestTracker>().Open(Sample.Incoming(), "registry");
        Assert.Single(store.All());
    }
}
