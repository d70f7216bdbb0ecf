using Cooperation.Directory.DependencyInjection;
using Cooperation.Rules.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace Cooperation.Rules.Tests;

public class DependencyInjectionTests
{
    [Fact]
    public void AddCooperationRules_WithTheDirectoryAndAClock_ResolvesOneSharedEvaluator()
    {
        using var provider = new ServiceCollection()
            .AddSingleton<IClock>(new FakeClock(Instant.FromUtc(2026, 11, 27, 0, 0)))
            .AddCooperationDirectory()
            .AddCooperationRules()
            .AddCooperationRules()
            .BuildServiceProvider();

        var evaluator = provider.GetRequiredService<IEligibilityEvaluator>();

        Assert.Same(evaluator, provider.GetRequiredService<IEligibilityEvaluator>());
        var determination = Assert.Single(evaluator.Evaluate(new Cases.CooperationCase("di", Requests.RequestKind.MutualLegalAssistance,
            States.StateCode.Parse("ITA"), [States.StateCode.Parse("ESP")])));
        Assert.Equal(new LocalDate(2026, 11, 27), determination.AsOf);
    }
}
