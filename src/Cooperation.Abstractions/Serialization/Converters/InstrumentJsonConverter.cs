using Cooperation.Law;

namespace Cooperation.Serialization.Converters;

/// <summary>Reads and writes an instrument as its citation abbreviation (<c>UNTOC</c>, <c>TIP</c>, <c>SOM</c>, <c>FP</c>, <c>UNCAC</c>, <c>1988</c>).</summary>
public sealed class InstrumentJsonConverter : ParsedStringConverter<Instrument>
{
    /// <inheritdoc/>
    protected override Instrument Parse(string text) => Instrument.Parse(text);
}
