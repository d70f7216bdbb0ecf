namespace Cooperation.Directory.DependencyInjection;

/// <summary>Which data the registered <see cref="CooperationDirectory"/> holds.</summary>
public sealed class DirectoryOptions
{
    /// <summary>Gets or sets a value indicating whether the data embedded in the package is the base layer.</summary>
    /// <value>The default is <see langword="true"/>.</value>
    public bool IncludeEmbeddedData { get; set; } = true;

    /// <summary>Gets the directory files laid over the base, in order: later files win for the same State or authority identifier.</summary>
    public IList<string> Files { get; } = [];
}
