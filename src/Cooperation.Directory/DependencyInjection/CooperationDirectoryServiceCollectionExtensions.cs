using Cooperation.Directory.Data;
using Cooperation.Directory.Serialization;
using Cooperation.Profiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cooperation.Directory.DependencyInjection;

/// <summary>Registers the directory of competent national authorities with a service collection.</summary>
public static class CooperationDirectoryServiceCollectionExtensions
{
    /// <summary>
    /// Registers a singleton <see cref="CooperationDirectory"/> holding the embedded data, and it as the
    /// <see cref="IStateProfiles"/> the rules read.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The service collection, so that calls can be chained.</returns>
    /// <remarks>Calling it again does not register a second directory.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddCooperationDirectory(this IServiceCollection services) =>
        services.AddCooperationDirectory(_ => { });

    /// <summary>
    /// Registers a singleton <see cref="CooperationDirectory"/> holding the embedded data (unless turned off) with
    /// the given files laid over it, and it as the <see cref="IStateProfiles"/> the rules read.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Chooses the data, for example <c>o => o.Files.Add("my-directory.json")</c>.</param>
    /// <returns>The service collection, so that calls can be chained.</returns>
    /// <remarks>
    /// Files are read when the directory is first resolved; an invalid file then throws
    /// <see cref="DirectoryValidationException"/> listing every problem, and nothing is loaded.
    /// </remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IServiceCollection AddCooperationDirectory(this IServiceCollection services, Action<DirectoryOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        var options = new DirectoryOptions();
        configure(options);
        var files = options.Files.ToArray();
        var includeEmbedded = options.IncludeEmbeddedData;
        services.TryAddSingleton(_ => Build(includeEmbedded, files));
        services.TryAddSingleton<IStateProfiles>(provider => provider.GetRequiredService<CooperationDirectory>());
        return services;
    }

    private static CooperationDirectory Build(bool includeEmbedded, string[] files)
    {
        var directory = includeEmbedded ? CooperationDirectory.Embedded : new CooperationDirectory(new DirectoryDocument());
        foreach (var file in files)
        {
            directory = directory.MergeWith(DirectoryJson.Load(file));
        }

        return directory;
    }
}
