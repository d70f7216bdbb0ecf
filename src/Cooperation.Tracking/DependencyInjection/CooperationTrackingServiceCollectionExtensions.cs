using Cooperation.Directory;
using Cooperation.Directory.DependencyInjection;
using Cooperation.Rules.DependencyInjection;
using Cooperation.Tracking.Compliance;
using Cooperation.Tracking.Deadlines;
using Cooperation.Tracking.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cooperation.Tracking.DependencyInjection;

/// <summary>Registers case tracking with a dependency-injection container.</summary>
public static class CooperationTrackingServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="RequestTracker"/>, <see cref="ComplianceReview"/> and <see cref="DeadlineMonitor"/> as
    /// singletons, with an in-memory store unless an <see cref="IRequestStore"/> is already registered (register the
    /// SQLite store first for a durable one). Also registers the rules and the directory if they are not. The caller
    /// registers the <see cref="NodaTime.IClock"/>.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <returns><paramref name="services"/>.</returns>
    public static IServiceCollection AddCooperationTracking(this IServiceCollection services) =>
        services.AddCooperationTracking(_ => { });

    /// <summary>Registers case tracking, configured.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns><paramref name="services"/>.</returns>
    public static IServiceCollection AddCooperationTracking(this IServiceCollection services, Action<TrackingOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        var options = new TrackingOptions();
        configure(options);
        services.AddCooperationDirectory();
        services.AddCooperationRules();
        services.TryAddSingleton<IRequestStore, InMemoryRequestStore>();
        services.TryAddSingleton<RequestTracker>();
        services.TryAddSingleton<ComplianceReview>();
        services.TryAddSingleton(provider => new DeadlineMonitor(provider.GetRequiredService<CooperationDirectory>(), options.DirectoryReader, options.Reminders));
        return services;
    }
}
