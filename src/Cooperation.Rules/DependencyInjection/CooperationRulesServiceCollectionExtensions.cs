using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cooperation.Rules.DependencyInjection;

/// <summary>Registers the eligibility engine with a service collection.</summary>
public static class CooperationRulesServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IEligibilityEvaluator"/> as a singleton (the rules are compiled once and the evaluator is
    /// thread-safe). It needs an <see cref="Cooperation.Profiles.IStateProfiles"/> (for example from
    /// <c>AddCooperationDirectory()</c>) and a NodaTime <see cref="NodaTime.IClock"/> registered by the host.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The service collection, so that calls can be chained.</returns>
    /// <remarks>Calling it again does not register a second evaluator.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddCooperationRules(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<IEligibilityEvaluator, EligibilityEvaluator>();
        return services;
    }
}
