using System.Text.Json.Nodes;
using Cooperation.Directory.Authorities;
using Cooperation.Directory.Data;
using Cooperation.Directory.Serialization;

namespace Cooperation.Directory.Governance;

/// <summary>What changed in the authority records between two editions of the directory.</summary>
/// <param name="Added">Records only in the newer edition.</param>
/// <param name="Removed">Records only in the older edition.</param>
/// <param name="Changed">Records in both whose fields differ, with the fields (JSON names) that do.</param>
public sealed record DirectoryDiff(IReadOnlyList<string> Added, IReadOnlyList<string> Removed, IReadOnlyList<RecordChange> Changed)
{
    /// <summary>Gets a value indicating whether the editions have the same records.</summary>
    public bool IsEmpty => Added.Count == 0 && Removed.Count == 0 && Changed.Count == 0;

    /// <summary>Compares two editions.</summary>
    /// <param name="older">The older edition.</param>
    /// <param name="newer">The newer edition.</param>
    /// <returns>The records added, removed and changed, each list ordered by identifier.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static DirectoryDiff Between(DirectoryDocument older, DirectoryDocument newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        var before = older.Authorities.ToDictionary(a => a.Id, Fields, StringComparer.Ordinal);
        var after = newer.Authorities.ToDictionary(a => a.Id, Fields, StringComparer.Ordinal);
        return new DirectoryDiff(
            [.. after.Keys.Except(before.Keys).Order(StringComparer.Ordinal)],
            [.. before.Keys.Except(after.Keys).Order(StringComparer.Ordinal)],
            [.. before.Keys.Intersect(after.Keys).Order(StringComparer.Ordinal)
                .Select(id => new RecordChange(id, ChangedFields(before[id], after[id])))
                .Where(c => c.Fields.Count > 0)]);
    }

    /// <summary>The fields (JSON names) that differ between two versions of a record; every field of the one that exists when the other does not.</summary>
    internal static IReadOnlyList<string> ChangedFields(Authority? before, Authority? after) =>
        (before, after) switch
        {
            ({ } b, { } a) => ChangedFields(Fields(b), Fields(a)),
            _ => [.. Fields((before ?? after)!).Select(p => p.Key).Order(StringComparer.Ordinal)],
        };

    private static JsonObject Fields(Authority authority) => JsonNode.Parse(DirectoryJson.SerializeAuthority(authority))!.AsObject();

    private static IReadOnlyList<string> ChangedFields(JsonObject before, JsonObject after) =>
        [.. before.Select(p => p.Key).Union(after.Select(p => p.Key))
            .Where(field => !JsonNode.DeepEquals(before[field], after[field]))
            .Order(StringComparer.Ordinal)];
}
