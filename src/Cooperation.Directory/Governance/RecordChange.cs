namespace Cooperation.Directory.Governance;

/// <summary>A record present in both editions, and the fields that differ.</summary>
/// <param name="AuthorityId">The record.</param>
/// <param name="Fields">The JSON names of the fields that differ.</param>
public sealed record RecordChange(string AuthorityId, IReadOnlyList<string> Fields);
