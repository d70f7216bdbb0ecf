using System.Text;
using System.Text.Json.Nodes;

namespace Cooperation.Directory.Serialization;

/// <summary>Converts between JSON Pointers (what the schema validator reports) and JSON paths (what we show users).</summary>
internal static class JsonPaths
{
    public static string FromPointer(string pointer)
    {
        var path = new StringBuilder("$");
        foreach (var segment in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (name.All(char.IsAsciiDigit))
            {
                path.Append('[').Append(name).Append(']');
            }
            else
            {
                path.Append('.').Append(name);
            }
        }

        return path.ToString();
    }

    public static string? ValueAt(JsonNode? root, string pointer)
    {
        var node = root;
        foreach (var segment in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            node = node switch
            {
                JsonArray array when int.TryParse(name, out var index) && index < array.Count => array[index],
                JsonObject obj when obj.TryGetPropertyValue(name, out var child) => child,
                _ => null,
            };
        }

        if (node is null or JsonObject or JsonArray)
        {
            return node is null ? null : Truncate(node.ToJsonString());
        }

        return node.ToJsonString();
    }

    private static string Truncate(string text) => text.Length <= 80 ? text : text[..77] + "...";
}
