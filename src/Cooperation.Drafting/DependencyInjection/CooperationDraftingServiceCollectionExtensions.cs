using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cooperation.Drafting.DependencyInjection;

/// <summary>Registers the request builder with a service collection.</summary>
public static class CooperationDraftingServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="DraftingService"/> as a singleton. It needs the directory (<c>AddCooperationDirectory()</c>),
    /// the eligibility engine (<c>AddCooperationRules()</c>) and a NodaTime <see cref="NodaTime.IClock"/> registered by the host.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The service collection, so that calls can be chained.</returns>
    /// <remarks>Calling it again does not register a second service.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddCooperationDrafting(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<DraftingService>();
        return services;
    }
}
