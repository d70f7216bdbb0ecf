using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cooperation.Serialization.Converters;

/// <summary>Writes an enum as its camelCase name and reads only defined names (never numbers).</summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
/// <remarks>Every enum of the Cooperation packages carries it, so that any <see cref="JsonSerializerOptions"/> read and write the same names.</remarks>
public sealed class CamelCaseEnumConverter<TEnum> : JsonStringEnumConverter<TEnum>
    where TEnum : struct, Enum
{
    /// <summary>Initializes a new instance of the <see cref="CamelCaseEnumConverter{TEnum}"/> class.</summary>
    public CamelCaseEnumConverter()
        : base(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    {
    }
}
