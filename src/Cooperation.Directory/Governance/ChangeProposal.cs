using Cooperation.Directory.Authorities;
using NodaTime;

namespace Cooperation.Directory.Governance;

/// <summary>
/// A proposed change to one authority record: the record as it should read after the change (for a creation or an
/// update) or the record to retire, against the published version it was written from.
/// </summary>
/// <param name="Id">The proposal's number, given by the store.</param>
/// <param name="Kind">What the proposal does.</param>
/// <param name="AuthorityId">The record's identifier.</param>
/// <param name="Record">The record after the change; <see langword="null"/> for a retirement.</param>
/// <param name="BaseVersion">
/// The published version the author started from (0: the record as the baseline document has it, or not at all).
/// Approval checks it is still the
/// latest, so that two proposals to one record never silently overwrite each other.
/// </param>
/// <param name="Author">Who proposed it.</param>
/// <param name="ProposedAt">When.</param>
/// <param name="Note">The author's note.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="Review">The reviewer's decision, once there is one.</param>
public sealed record ChangeProposal(
    long Id,
    ChangeKind Kind,
    string AuthorityId,
    Authority? Record,
    int BaseVersion,
    string Author,
    Instant ProposedAt,
    string Note,
    ProposalStatus Status,
    ProposalReview? Review = null);
