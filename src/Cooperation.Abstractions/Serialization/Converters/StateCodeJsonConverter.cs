using Cooperation.States;

namespace Cooperation.Serialization.Converters;

/// <summary>Reads alpha-3 or alpha-2 codes; writes alpha-3.</summary>
public sealed class StateCodeJsonConverter : ParsedStringConverter<StateCode>
{
    /// <inheritdoc/>
    protected override StateCode Parse(string text) => StateCode.Parse(text);
}
