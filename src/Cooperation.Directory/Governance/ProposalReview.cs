using NodaTime;

namespace Cooperation.Directory.Governance;

/// <summary>A reviewer's decision on a proposal.</summary>
/// <param name="Reviewer">Who decided.</param>
/// <param name="At">When.</param>
/// <param name="Reason">Why (required for a rejection).</param>
public sealed record ProposalReview(string Reviewer, Instant At, string? Reason);
