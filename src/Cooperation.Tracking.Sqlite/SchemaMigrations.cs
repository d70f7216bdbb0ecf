namespace Cooperation.Tracking.Sqlite;

/// <summary>
/// The store's schema, as an ordered list of migrations applied by <see cref="Cooperation.Sqlite.SqliteSchema"/>.
/// Migrations are only ever appended.
/// </summary>
internal static class SchemaMigrations
{
    private static readonly string[] Migrations =
    [
        // 1: requests, their events (the primary key guards the sequence), and personal data in a table of its own so
        // that erasing it touches nothing else.
        """
        CREATE TABLE requests (
            id INTEGER PRIMARY KEY,
            direction TEXT NOT NULL,
            kind TEXT NOT NULL,
            requesting_state TEXT NOT NULL,
            requested_state TEXT NOT NULL,
            details TEXT NOT NULL);
        CREATE TABLE events (
            request_id INTEGER NOT NULL REFERENCES requests (id),
            seq INTEGER NOT NULL CHECK (seq >= 1),
            kind TEXT NOT NULL,
            at INTEGER NOT NULL,
            actor TEXT NOT NULL,
            event TEXT NOT NULL,
            PRIMARY KEY (request_id, seq)) WITHOUT ROWID;
        CREATE TABLE personal_data (
            request_id INTEGER PRIMARY KEY REFERENCES requests (id),
            data TEXT NOT NULL);
        """,
    ];

    /// <summary>Gets the migrations, in order.</summary>
    public static IReadOnlyList<string> All => Migrations;

    /// <summary>Gets the schema version this package writes.</summary>
    public static int Current => Migrations.Length;
}
