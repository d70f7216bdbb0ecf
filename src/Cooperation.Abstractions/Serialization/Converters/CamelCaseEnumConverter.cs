using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cooperation.Serialization.Converters;

/// <summary>Writes an enum as its camelCase name and reads only defined names (never numbers).</summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
internal sealed class CamelCaseEnumConverter<TEnum> : JsonStringEnumConverter<TEnum>
    where TEnum : struct, Enum
{
    public CamelCaseEnumConverter()
        : base(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    {
    }
}
