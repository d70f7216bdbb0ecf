namespace Cooperation.Directory.Governance;

/// <summary>One entry of a record's timeline: the published version, and what it changed.</summary>
/// <param name="Version">The published version: when, who proposed, who approved.</param>
/// <param name="FieldsChanged">The JSON names of the fields that differ from the version before.</param>
public sealed record RecordRevision(PublishedVersion Version, IReadOnlyList<string> FieldsChanged);
