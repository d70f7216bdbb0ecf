using Cooperation.Directory.DependencyInjection;
using Cooperation.Drafting.DependencyInjection;
using Cooperation.Rules.DependencyInjection;
using Cooperation.States;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace Cooperation.Drafting.Tests;

public class DependencyInjectionTests
{
    [Fact]
    public void AddCooperationDrafting_ComposesWithTheDirectoryAndTheRules()
    {
        using var provider = new ServiceCollection()
            .AddSingleton<IClock>(new FakeClock(Instant.FromUtc(2026, 11, 27, 0, 0)))
            .AddCooperationDirectory()
            .AddCooperationRules()
            .AddCooperationDrafting()
            .AddCooperationDrafting()
            .BuildServiceProvider();

        var service = provider.GetRequiredService<DraftingService>();

        Assert.Same(service, provider.GetRequiredService<DraftingService>());
        Assert.True(service.Check(Drafts.Load("extradition-accused"), StateCode.Parse("MEX")).IsReadyToSend);
    }
}
