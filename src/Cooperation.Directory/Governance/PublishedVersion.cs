using Cooperation.Directory.Authorities;
using NodaTime;

namespace Cooperation.Directory.Governance;

/// <summary>One published version of an authority record: every version is kept, so the directory can be replayed as it was.</summary>
/// <param name="AuthorityId">The record's identifier.</param>
/// <param name="Version">The version number: 1 for the first, one more for each approval.</param>
/// <param name="Record">The record as published; <see langword="null"/> once retired.</param>
/// <param name="PublishedAt">When the approval published it.</param>
/// <param name="ProposalId">The approved proposal.</param>
/// <param name="ProposedBy">Who proposed the change.</param>
/// <param name="ApprovedBy">Who approved it.</param>
public sealed record PublishedVersion(
    string AuthorityId,
    int Version,
    Authority? Record,
    Instant PublishedAt,
    long ProposalId,
    string ProposedBy,
    string ApprovedBy);
