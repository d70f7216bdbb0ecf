using Cooperation.Directory.Authorities;
using Cooperation.Directory.Governance;
using Cooperation.Directory.Serialization;
using Cooperation.Sqlite;
using Microsoft.Data.Sqlite;
using static Cooperation.Sqlite.SqliteCommands;
using NodaTime;

namespace Cooperation.Directory.Sqlite;

/// <summary>
/// A governance store in one SQLite file: proposals and every published version, each operation one transaction
/// (WAL mode), so that a process killed mid-approval leaves either the old state or the new one.
/// </summary>
/// <remarks>
/// Approval checks the record's latest version inside an immediate (write-locking) transaction, so two processes
/// approving proposals to the same record cannot both publish: the second gets a <see cref="ProposalConflictException"/>.
/// </remarks>
/// <threadsafety>Safe to share across threads: one connection, one lock.</threadsafety>
public sealed class SqliteDirectoryGovernanceStore : IDirectoryGovernanceStore, IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly Lock _gate = new();

    // Stored records are validated when read, like any input; a record's JSON never changes once written, so each
    // distinct text is parsed and validated once per store rather than on every read of the history.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Authority> _parsed = new(StringComparer.Ordinal);

    private SqliteDirectoryGovernanceStore(SqliteConnection connection) => _connection = connection;

    /// <summary>Opens a store, creating the file or migrating its schema to the current version as needed.</summary>
    /// <param name="path">The database file.</param>
    /// <returns>The store; dispose it to close the file.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="InvalidOperationException">The file cannot be opened, was written by another store or program, or by a newer version of this package; the message names the file.</exception>
    public static SqliteDirectoryGovernanceStore Open(string path)
    {
        var connection = SqliteSchema.Open(path, SqliteSchema.DirectoryStore, SchemaMigrations.All);
        return new SqliteDirectoryGovernanceStore(connection);
    }

    /// <inheritdoc/>
    public ChangeProposal Add(Func<long, ChangeProposal> create)
    {
        ArgumentNullException.ThrowIfNull(create);
        return InTransaction(tx =>
        {
            var id = (long)Scalar(tx, "SELECT COALESCE(MAX(id), 0) + 1 FROM proposals")!;
            var proposal = create(id);
            Command(tx, """
                INSERT INTO proposals (id, kind, authority_id, record, base_version, author, proposed_at, note, status)
                VALUES ($id, $kind, $authority, $record, $base, $author, $at, $note, $status)
                """,
                ("$id", proposal.Id), ("$kind", proposal.Kind.ToString()), ("$authority", proposal.AuthorityId),
                ("$record", Json(proposal.Record)), ("$base", proposal.BaseVersion), ("$author", proposal.Author),
                ("$at", proposal.ProposedAt.ToUnixTimeTicks()), ("$note", proposal.Note), ("$status", proposal.Status.ToString())).ExecuteNonQuery();
            return proposal;
        });
    }

    /// <inheritdoc/>
    public ChangeProposal? Proposal(long id) =>
        InTransaction(tx => ReadProposals(tx, "WHERE id = $id", ("$id", id)).SingleOrDefault());

    /// <inheritdoc/>
    public IReadOnlyList<ChangeProposal> Proposals() => InTransaction(tx => ReadProposals(tx, string.Empty));

    /// <inheritdoc/>
    public IReadOnlyList<PublishedVersion> Versions() => InTransaction(tx =>
    {
        using var reader = Command(tx, "SELECT authority_id, version, record, published_at, proposal_id, proposed_by, approved_by FROM versions ORDER BY seq").ExecuteReader();
        var versions = new List<PublishedVersion>();
        while (reader.Read())
        {
            versions.Add(new PublishedVersion(
                reader.GetString(0), reader.GetInt32(1), Record(reader, 2), Instant.FromUnixTimeTicks(reader.GetInt64(3)),
                reader.GetInt64(4), reader.GetString(5), reader.GetString(6)));
        }

        return versions;
    });

    /// <inheritdoc/>
    public void Publish(ChangeProposal approved, PublishedVersion version)
    {
        ArgumentNullException.ThrowIfNull(approved);
        ArgumentNullException.ThrowIfNull(version);
        InTransaction(tx =>
        {
            EnsurePending(tx, approved.Id);
            var latest = (long)Scalar(tx, "SELECT COALESCE(MAX(version), 0) FROM versions WHERE authority_id = $authority", ("$authority", approved.AuthorityId))!;
            if (latest != approved.BaseVersion || version.Version != latest + 1)
            {
                throw new ProposalConflictException(approved, (int)latest);
            }

            Command(tx, """
                INSERT INTO versions (authority_id, version, record, published_at, proposal_id, proposed_by, approved_by)
                VALUES ($authority, $version, $record, $at, $proposal, $by, $approver)
                """,
                ("$authority", version.AuthorityId), ("$version", version.Version), ("$record", Json(version.Record)),
                ("$at", version.PublishedAt.ToUnixTimeTicks()), ("$proposal", version.ProposalId), ("$by", version.ProposedBy),
                ("$approver", version.ApprovedBy)).ExecuteNonQuery();
            Review(tx, approved);
            return 0;
        });
    }

    /// <inheritdoc/>
    public void Reject(ChangeProposal rejected)
    {
        ArgumentNullException.ThrowIfNull(rejected);
        InTransaction(tx =>
        {
            EnsurePending(tx, rejected.Id);
            Review(tx, rejected);
            return 0;
        });
    }

    /// <inheritdoc/>
    public void Dispose() => _connection.Dispose();

    private T InTransaction<T>(Func<SqliteTransaction, T> work) => SqliteCommands.InTransaction(_connection, _gate, work);

    private static void Review(SqliteTransaction tx, ChangeProposal reviewed) =>
        Command(tx, "UPDATE proposals SET status = $status, reviewer = $reviewer, reviewed_at = $at, reason = $reason WHERE id = $id",
            ("$status", reviewed.Status.ToString()), ("$reviewer", reviewed.Review?.Reviewer), ("$at", reviewed.Review?.At.ToUnixTimeTicks()),
            ("$reason", reviewed.Review?.Reason), ("$id", reviewed.Id)).ExecuteNonQuery();

    private static void EnsurePending(SqliteTransaction tx, long id)
    {
        var status = (string?)Scalar(tx, "SELECT status FROM proposals WHERE id = $id", ("$id", id))
            ?? throw new InvalidOperationException($"There is no proposal {id}.");
        if (status != nameof(ProposalStatus.Pending))
        {
            throw new InvalidOperationException($"Proposal {id} is already {status.ToLowerInvariant()}.");
        }
    }

    private List<ChangeProposal> ReadProposals(SqliteTransaction tx, string where, params (string, object?)[] parameters)
    {
        using var reader = Command(tx, $"SELECT id, kind, authority_id, record, base_version, author, proposed_at, note, status, reviewer, reviewed_at, reason FROM proposals {where} ORDER BY id", parameters).ExecuteReader();
        var proposals = new List<ChangeProposal>();
        while (reader.Read())
        {
            var review = reader.IsDBNull(9) ? null : new ProposalReview(reader.GetString(9), Instant.FromUnixTimeTicks(reader.GetInt64(10)), reader.IsDBNull(11) ? null : reader.GetString(11));
            proposals.Add(new ChangeProposal(
                reader.GetInt64(0), Enum.Parse<ChangeKind>(reader.GetString(1)), reader.GetString(2), Record(reader, 3), reader.GetInt32(4),
                reader.GetString(5), Instant.FromUnixTimeTicks(reader.GetInt64(6)), reader.GetString(7), Enum.Parse<ProposalStatus>(reader.GetString(8)), review));
        }

        return proposals;
    }

    private Authority? Record(SqliteDataReader reader, int column) =>
        reader.IsDBNull(column) ? null : _parsed.GetOrAdd(reader.GetString(column), json => DirectoryJson.ParseAuthority(json, "stored record"));

    private static string? Json(Authority? record) => record is null ? null : DirectoryJson.SerializeAuthority(record);
}
