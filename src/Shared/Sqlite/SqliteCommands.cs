using Microsoft.Data.Sqlite;

namespace Cooperation.Sqlite;

/// <summary>Parameterised commands inside a transaction. Linked source, like <see cref="SqliteSchema"/>.</summary>
internal static class SqliteCommands
{
    /// <summary>
    /// Runs one operation as one transaction, under the store's lock. BEGIN IMMEDIATE (deferred: false) takes the
    /// write lock first, so a check and the write that depends on it cannot interleave with another process.
    /// </summary>
    public static T InTransaction<T>(SqliteConnection connection, Lock gate, Func<SqliteTransaction, T> work)
    {
        lock (gate)
        {
            using var tx = connection.BeginTransaction(deferred: false);
            var result = work(tx);
            tx.Commit();
            return result;
        }
    }

    public static SqliteCommand Command(SqliteTransaction tx, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = tx.Connection!.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    public static object? Scalar(SqliteTransaction tx, string sql, params (string, object?)[] parameters)
    {
        using var command = Command(tx, sql, parameters);
        return command.ExecuteScalar();
    }

    public static int Execute(SqliteTransaction tx, string sql, params (string, object?)[] parameters)
    {
        using var command = Command(tx, sql, parameters);
        return command.ExecuteNonQuery();
    }
}
