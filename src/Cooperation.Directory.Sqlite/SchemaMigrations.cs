namespace Cooperation.Directory.Sqlite;

/// <summary>
/// The store's schema, as an ordered list of migrations applied by <see cref="Cooperation.Sqlite.SqliteSchema"/>.
/// Migrations are only ever appended.
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

    /// <summary>Gets the migrations, in order.</summary>
    public static IReadOnlyList<string> All => Migrations;

    /// <summary>Gets the schema version this package writes.</summary>
    public static int Current => Migrations.Length;
}
