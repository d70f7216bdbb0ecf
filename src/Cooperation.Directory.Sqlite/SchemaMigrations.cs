using Microsoft.Data.Sqlite;

namespace Cooperation.Directory.Sqlite;

/// <summary>
/// The store's schema, as an ordered list of migrations: a file records how many it has had (<c>PRAGMA user_version</c>)
/// and gets the rest, each in its own transaction, when it is opened. Migrations are only ever appended.
/// </summary>
internal static class SchemaMigrations
{
    private static readonly string[] Migrations =
    [
        // 1: proposals and published versions.
        """
        CREATE TABLE proposals (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            authority_id TEXT NOT NULL,
            record TEXT NULL,
            base_version INTEGER NOT NULL,
            author TEXT NOT NULL,
            proposed_at INTEGER NOT NULL,
            note TEXT NOT NULL,
            status TEXT NOT NULL,
            reviewer TEXT NULL,
            reviewed_at INTEGER NULL,
            reason TEXT NULL);
        CREATE TABLE versions (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            authority_id TEXT NOT NULL,
            version INTEGER NOT NULL,
            record TEXT NULL,
            published_at INTEGER NOT NULL,
            proposal_id INTEGER NOT NULL UNIQUE REFERENCES proposals (id),
            proposed_by TEXT NOT NULL,
            approved_by TEXT NOT NULL,
            UNIQUE (authority_id, version));
        """,
    ];

    /// <summary>Gets the schema version this package writes.</summary>
    public static int Current => Migrations.Length;

    public static void Apply(SqliteConnection connection, string path)
    {
        var version = UserVersion(connection);
        if (version > Current)
        {
            throw new InvalidOperationException($"'{path}' has schema version {version}; this package reads up to {Current}. Use a newer Cooperation.Directory.Sqlite.");
        }

        for (var next = version; next < Current; next++)
        {
            using var tx = connection.BeginTransaction(deferred: false);
            using var command = connection.CreateCommand();
            command.Transaction = tx;
            command.CommandText = $"{Migrations[next]}\nPRAGMA user_version = {next + 1};";
            command.ExecuteNonQuery();
            tx.Commit();
        }
    }

    private static int UserVersion(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version;";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
