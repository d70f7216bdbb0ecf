using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Cooperation.Sqlite;

/// <summary>
/// Opens a store's SQLite file and brings its schema up to date: migrations are an ordered list, a file records how
/// many it has had (<c>PRAGMA user_version</c>) and gets the rest, each in its own transaction. Migrations are only
/// ever appended. Compiled into each SQLite package (linked source), so that the packages share no assembly.
/// </summary>
internal static class SqliteSchema
{
    /// <summary>Opens a connection in WAL mode with synchronous FULL and applies the missing migrations.</summary>
    public static SqliteConnection Open(string path, IReadOnlyList<string> migrations, string package)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        try
        {
            Execute(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON;");
            Migrate(connection, path, migrations, package);
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static void Migrate(SqliteConnection connection, string path, IReadOnlyList<string> migrations, string package)
    {
        using var read = connection.CreateCommand();
        read.CommandText = "PRAGMA user_version;";
        var version = Convert.ToInt32(read.ExecuteScalar(), CultureInfo.InvariantCulture);
        if (version > migrations.Count)
        {
            throw new InvalidOperationException($"'{path}' has schema version {version}; this package reads up to {migrations.Count}. Use a newer {package}.");
        }

        for (var next = version; next < migrations.Count; next++)
        {
            using var tx = connection.BeginTransaction(deferred: false);
            using var command = connection.CreateCommand();
            command.Transaction = tx;
            command.CommandText = $"{migrations[next]}\nPRAGMA user_version = {next + 1};";
            command.ExecuteNonQuery();
            tx.Commit();
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
