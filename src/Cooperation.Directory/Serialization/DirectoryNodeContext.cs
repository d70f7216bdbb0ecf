using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Cooperation.Directory.Serialization;

/// <summary>Source-generated metadata for raw JSON nodes, used to hand a parsed document to the schema validator.</summary>
[JsonSerializable(typeof(JsonNode))]
internal sealed partial class DirectoryNodeContext : JsonSerializerContext;
