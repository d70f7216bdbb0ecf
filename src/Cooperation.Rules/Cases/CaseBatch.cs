namespace Cooperation.Rules.Cases;

/// <summary>Several cases in one document: <c>{"cases": [...]}</c>.</summary>
/// <param name="Cases">The cases.</param>
public sealed record CaseBatch(IReadOnlyList<CooperationCase> Cases);
