namespace Cooperation.Drafting.Drafts;

/// <summary>The judgment against a convicted person sought.</summary>
/// <param name="Court">The court.</param>
/// <param name="Date">The date of the judgment.</param>
/// <param name="Reference">Its reference.</param>
/// <param name="Sentence">The sentence imposed.</param>
/// <param name="RemainingToServe">The part of the sentence that remains to be served.</param>
/// <param name="Enforceable">A statement that the judgment is enforceable.</param>
public sealed record Judgment(string? Court = null, string? Date = null, string? Reference = null, string? Sentence = null, string? RemainingToServe = null, string? Enforceable = null);
