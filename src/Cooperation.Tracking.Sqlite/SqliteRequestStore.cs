using Cooperation.Sqlite;
using Cooperation.Tracking.Lifecycle;
using Cooperation.Tracking.Requests;
using Cooperation.Tracking.Serialization;
using Cooperation.Tracking.Storage;
using Microsoft.Data.Sqlite;
using static Cooperation.Sqlite.SqliteCommands;

namespace Cooperation.Tracking.Sqlite;

/// <summary>
/// A request store in one SQLite file (WAL mode, synchronous FULL): each change is one transaction, so a process
/// killed mid-write leaves the request as it was or with the whole change, never half of it.
/// </summary>
/// <remarks>
/// <para>
/// An append checks the length of the request's history inside an immediate (write-locking) transaction, and the
/// primary key (request, sequence) backs the check: two processes recording on the same version cannot both succeed;
/// the second gets a <see cref="RequestConflictException"/>.
/// </para>
/// <para>
/// Erasing personal data overwrites it (<c>PRAGMA secure_delete</c>) and checkpoints the write-ahead log, so that the
/// erased text is left neither in free pages nor in the log. Backups taken before the erasure still hold it.
/// </para>
/// </remarks>
/// <threadsafety>Safe to share across threads: one connection, one lock.</threadsafety>
public sealed class SqliteRequestStore : IRequestStore, IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly string _path;
    private readonly Lock _gate = new();

    private SqliteRequestStore(SqliteConnection connection, string path)
    {
        _connection = connection;
        _path = path;
    }

    /// <summary>Opens a store, creating the file or migrating its schema to the current version as needed.</summary>
    /// <param name="path">The database file.</param>
    /// <returns>The store; dispose it to close the file.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="InvalidOperationException">The file cannot be opened, was written by another store or program, or by a newer version of this package; the message names the file.</exception>
    public static SqliteRequestStore Open(string path)
    {
        var connection = SqliteSchema.Open(path, SqliteSchema.TrackingStore, SchemaMigrations.All);

        // Erased personal data must not linger in free pages: secure_delete overwrites what is deleted.
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA secure_delete = ON;";
        command.ExecuteNonQuery();
        return new(connection, path);
    }

    /// <inheritdoc/>
    public CaseFile Open(Func<long, CaseFile> create, PersonalData? personalData)
    {
        ArgumentNullException.ThrowIfNull(create);
        return InTransaction(tx =>
        {
            var id = (long)Scalar(tx, "SELECT COALESCE(MAX(id), 0) + 1 FROM requests")!;
            var file = create(id);
            var details = file.Details;
            Execute(tx, """
                INSERT INTO requests (id, direction, kind, requesting_state, requested_state, details)
                VALUES ($id, $direction, $kind, $requesting, $requested, $details)
                """,
                ("$id", id), ("$direction", details.Direction.ToString()), ("$kind", details.Kind.ToString()),
                ("$requesting", details.RequestingState.ToString()), ("$requested", details.RequestedState.ToString()),
                ("$details", TrackingJson.SerializeDetails(details)));
            foreach (var e in file.History)
            {
                InsertEvent(tx, id, e);
            }

            if (personalData is not null)
            {
                Execute(tx, "INSERT INTO personal_data (request_id, data) VALUES ($id, $data)", ("$id", id), ("$data", TrackingJson.SerializePersonalData(personalData)));
            }

            return file;
        });
    }

    /// <inheritdoc/>
    public CaseFile? Find(long id) => InTransaction(tx => Read(tx, id).SingleOrDefault());

    /// <inheritdoc/>
    public IReadOnlyList<CaseFile> All() => InTransaction(tx => Read(tx, null));

    /// <inheritdoc/>
    public void Append(long id, RequestEvent next)
    {
        ArgumentNullException.ThrowIfNull(next);
        InTransaction(tx =>
        {
            EnsureNext(tx, id, next);
            InsertEvent(tx, id, next);
            return 0;
        });
    }

    /// <inheritdoc/>
    public PersonalData? PersonalData(long id) => InTransaction(tx =>
        Scalar(tx, "SELECT data FROM personal_data WHERE request_id = $id", ("$id", id)) is string json ? TrackingJson.ParsePersonalData(json) : null);

    /// <inheritdoc/>
    public void ErasePersonalData(long id, RequestEvent erased)
    {
        ArgumentNullException.ThrowIfNull(erased);
        InTransaction(tx =>
        {
            EnsureNext(tx, id, erased);
            Execute(tx, "DELETE FROM personal_data WHERE request_id = $id", ("$id", id));
            InsertEvent(tx, id, erased);
            return 0;
        });

        // The write-ahead log still holds the pages as they were before the erasure; copy the log into the database
        // and empty it. If another connection is reading, the checkpoint does what it can now and the rest happens
        // at the next checkpoint.
        lock (_gate)
        {
            using var checkpoint = _connection.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            checkpoint.ExecuteNonQuery();
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _connection.Dispose();

    private static void EnsureNext(SqliteTransaction tx, long id, RequestEvent next)
    {
        using var command = Command(tx, "SELECT EXISTS (SELECT 1 FROM requests WHERE id = $id), (SELECT COALESCE(MAX(seq), 0) FROM events WHERE request_id = $id)", ("$id", id));
        using var reader = command.ExecuteReader();
        reader.Read();
        if (reader.GetInt64(0) == 0)
        {
            throw new KeyNotFoundException($"No request {id}.");
        }

        var version = reader.GetInt32(1);
        if (next.Sequence != version + 1)
        {
            throw new RequestConflictException(id, next.Sequence - 1, version);
        }
    }

    private static void InsertEvent(SqliteTransaction tx, long id, RequestEvent e) =>
        Execute(tx, "INSERT INTO events (request_id, seq, kind, at, actor, event) VALUES ($id, $seq, $kind, $at, $actor, $event)",
            ("$id", id), ("$seq", e.Sequence), ("$kind", e.Kind.ToString()), ("$at", e.At.ToUnixTimeTicks()), ("$actor", e.Actor),
            ("$event", TrackingJson.SerializeEvent(e)));

    private List<CaseFile> Read(SqliteTransaction tx, long? id)
    {
        var (requestFilter, eventFilter) = id is null ? (string.Empty, string.Empty) : ("WHERE id = $id", "WHERE request_id = $id");
        var details = new List<(long Id, RequestDetails Details)>();
        using (var command = Command(tx, $"SELECT id, details FROM requests {requestFilter} ORDER BY id", ("$id", id)))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                details.Add((reader.GetInt64(0), Parse(reader.GetInt64(0), () => TrackingJson.ParseDetails(reader.GetString(1)))));
            }
        }

        var events = new Dictionary<long, List<RequestEvent>>();
        using (var command = Command(tx, $"SELECT request_id, event FROM events {eventFilter} ORDER BY request_id, seq", ("$id", id)))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var requestId = reader.GetInt64(0);
                var list = events.TryGetValue(requestId, out var found) ? found : events[requestId] = [];
                list.Add(Parse(requestId, () => TrackingJson.ParseEvent(reader.GetString(1))));
            }
        }

        return details.Select(d => Parse(d.Id, () => new CaseFile(d.Id, d.Details, events.GetValueOrDefault(d.Id) ?? []))).ToList();
    }

    // Stored data is read like any input: a file edited by hand, or by a broken tool, is named and explained.
    private T Parse<T>(long id, Func<T> parse)
    {
        try
        {
            return parse();
        }
        catch (Exception e) when (e is TrackingValidationException or ArgumentException)
        {
            throw new InvalidDataException($"'{_path}': stored request {id} is not valid: {e.Message}", e);
        }
    }

    private T InTransaction<T>(Func<SqliteTransaction, T> work) => SqliteCommands.InTransaction(_connection, _gate, work);
}
