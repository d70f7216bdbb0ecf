using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cooperation.Drafting.Validation;

/// <summary>Whether a field of a draft, named by a JSON path such as <c>$.measures[0].questions</c>, holds a value.</summary>
internal static class FieldPresence
{
    public static bool IsFilled(JsonNode root, string path)
    {
        JsonNode? node = root;
        foreach (var segment in path.TrimStart('$').Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = segment;
            var index = -1;
            var bracket = segment.IndexOf('[', StringComparison.Ordinal);
            if (bracket >= 0)
            {
                name = segment[..bracket];
                index = int.Parse(segment[(bracket + 1)..^1], CultureInfo.InvariantCulture);
            }

            node = node is JsonObject obj && obj.TryGetPropertyValue(name, out var child) ? child : null;
            if (index >= 0)
            {
                node = node is JsonArray array && index < array.Count ? array[index] : null;
            }

            if (node is null)
            {
                return false;
            }
        }

        return node switch
        {
            JsonArray array => array.Count > 0,
            JsonValue value when value.GetValueKind() == JsonValueKind.String => !string.IsNullOrWhiteSpace(value.GetValue<string>()),
            _ => true,
        };
    }
}
