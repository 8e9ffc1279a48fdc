namespace Story.Sqlite.Schema;

/// <summary>The tables of a Story store, version 1.</summary>
internal static class StoreSchema
{
    public const long CurrentVersion = 1;

    public const string EventsTable = "events";

    public const string VersionTable = "schema_version";

    /// <remarks>
    /// Positions are assigned by the writer (last + 1 inside its write transaction) so they stay gap-free;
    /// AUTOINCREMENT only guarantees a position is never reused. Nothing in the file stops an edit by hand:
    /// detecting one is the hash chain's job.
    /// </remarks>
    public const string Create = """
        CREATE TABLE events (
            position       INTEGER PRIMARY KEY AUTOINCREMENT,
            event_id       TEXT    NOT NULL UNIQUE,
            stream_id      TEXT    NOT NULL,
            stream_version INTEGER NOT NULL,
            event_type     TEXT    NOT NULL,
            data           TEXT    NOT NULL,
            metadata       TEXT    NOT NULL,
            recorded_at    TEXT    NOT NULL,
            previous_hash  TEXT    NOT NULL,
            hash           TEXT    NOT NULL,
            UNIQUE (stream_id, stream_version)
        );

        CREATE TABLE streams (
            stream_id  TEXT    NOT NULL PRIMARY KEY,
            version    INTEGER NOT NULL,
            created_at TEXT    NOT NULL,
            updated_at TEXT    NOT NULL
        );

        CREATE TABLE schema_version (
            version    INTEGER NOT NULL PRIMARY KEY,
            applied_at TEXT    NOT NULL
        );
        """;
}
