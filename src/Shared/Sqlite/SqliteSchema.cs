using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Cooperation.Sqlite;

/// <summary>
/// Opens a store's SQLite file and brings its schema up to date: migrations are an ordered list, a file records how
/// many it has had (<c>PRAGMA user_version</c>) and gets the rest, each in its own transaction. Migrations are only
/// ever appended. A file also records which store wrote it (<c>PRAGMA application_id</c>), so that a directory
/// database given to the tracker, or any other SQLite file, is refused by name instead of failing on a missing table.
/// Compiled into each SQLite package (linked source), so that the packages share no assembly.
/// </summary>
internal static class SqliteSchema
{
    private static readonly Dictionary<int, string> KnownStores = new()
    {
        [DirectoryStore] = "Cooperation.Directory.Sqlite",
        [TrackingStore] = "Cooperation.Tracking.Sqlite",
    };

    /// <summary>The application id of the governed directory's store ("CODI").</summary>
    public const int DirectoryStore = 0x434F4449;

    /// <summary>The application id of the tracker's store ("COTR").</summary>
    public const int TrackingStore = 0x434F5452;

    /// <summary>Opens a connection in WAL mode with synchronous FULL and applies the missing migrations.</summary>
    /// <exception cref="InvalidOperationException">The file cannot be opened, was written by another store or program, or by a newer version of this one; the message names the file.</exception>
    public static SqliteConnection Open(string path, int applicationId, IReadOnlyList<string> migrations)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var package = KnownStores[applicationId];
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        try
        {
            connection.Open();
            Execute(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON;");
            Migrate(connection, path, applicationId, package, migrations);
            return connection;
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new InvalidOperationException($"'{path}' cannot be opened as a {package} database: {e.Message}", e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static void Migrate(SqliteConnection connection, string path, int applicationId, string package, IReadOnlyList<string> migrations)
    {
        var version = Scalar(connection, "PRAGMA user_version;");
        var owner = Scalar(connection, "PRAGMA application_id;");
        var isEmpty = Scalar(connection, "SELECT COUNT(*) FROM sqlite_master;") == 0;
        if (owner != applicationId && !(owner == 0 && version == 0 && isEmpty))
        {
            var what = KnownStores.TryGetValue(owner, out var other) ? $"a {other} database" : "another program's SQLite file (or one from a pre-release build)";
            throw new InvalidOperationException($"'{path}' is {what}, not a {package} database.");
        }

        if (version > migrations.Count)
        {
            throw new InvalidOperationException($"'{path}' has schema version {version}; this package reads up to {migrations.Count}. Use a newer {package}.");
        }

        for (var next = version; next < migrations.Count; next++)
        {
            using var tx = connection.BeginTransaction(deferred: false);
            using var command = connection.CreateCommand();
            command.Transaction = tx;
            command.CommandText = $"{migrations[next]}\nPRAGMA user_version = {next + 1};\nPRAGMA application_id = {applicationId};";
            command.ExecuteNonQuery();
            tx.Commit();
        }
    }

    private static int Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
