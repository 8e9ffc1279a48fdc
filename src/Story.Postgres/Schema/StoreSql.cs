using System.Text.RegularExpressions;

namespace Story.Postgres.Schema;

/// <summary>The statements of the store, bound to one schema name.</summary>
internal sealed partial class StoreSql
{
    /// <summary>
    /// First key of the store's advisory locks ("Stor"); the second is hashtext(schema), so stores in different schemas
    /// of one database do not block each other.
    /// </summary>
    private const int LockClass = 0x53746f72;

    private const string EventColumns =
        "seq_id, stream_id, version, id, type, data::text, metadata::text, recorded_at, previous_hash, hash";

    public StoreSql(string schema)
    {
        if (!Identifier().IsMatch(schema))
        {
            throw new ArgumentException($"Schema name '{schema}' must be a lower-case identifier (letters, digits, underscores; at most 48 characters).", nameof(schema));
        }

        Schema = schema;
        NotificationChannel = schema + "_events";
        var s = schema;
        LockAppends = $"SELECT pg_advisory_xact_lock({LockClass}, hashtext('{s}.append'))";
        LockMigrations = $"SELECT pg_advisory_lock({LockClass}, hashtext('{s}.migrate'))";
        UnlockMigrations = $"SELECT pg_advisory_unlock({LockClass}, hashtext('{s}.migrate'))";
        SchemaExists = "SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = $1)";
        CreateSchema = $"CREATE SCHEMA IF NOT EXISTS {s}";
        CreateSchemaVersion = $"CREATE TABLE IF NOT EXISTS {s}.schema_version (version int NOT NULL PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())";
        AppliedVersions = $"SELECT version FROM {s}.schema_version ORDER BY version";
        RecordVersion = $"INSERT INTO {s}.schema_version (version) VALUES ($1)";
        FindStoredIds = $"SELECT id, seq_id FROM {s}.events WHERE id = ANY($1)";
        StreamVersion = $"SELECT version FROM {s}.streams WHERE id = $1";
        HeadWithHash = $"SELECT seq_id, hash FROM {s}.events ORDER BY seq_id DESC LIMIT 1";
        HeadPosition = $"SELECT coalesce(max(seq_id), 0) FROM {s}.events";
        // How PostgreSQL will render each body once it is jsonb; the hash is taken over that rendition so that a reader
        // recomputes exactly the same hash (jsonb rewrites numbers such as 1e2 and drops duplicate keys).
        JsonbRendition = "SELECT d::jsonb::text FROM unnest($1::text[]) WITH ORDINALITY AS t(d, n) ORDER BY n";
        InsertEvents =
            $"INSERT INTO {s}.events (seq_id, id, stream_id, version, type, data, metadata, recorded_at, previous_hash, hash) " +
            "SELECT p, i, $3, v, t, d::jsonb, m::jsonb, $8, ph, h " +
            "FROM unnest($1::bigint[], $2::uuid[], $4::bigint[], $5::text[], $6::text[], $7::text[], $9::text[], $10::text[]) AS x(p, i, v, t, d, m, ph, h)";
        UpsertStream =
            $"INSERT INTO {s}.streams (id, version, created, updated) VALUES ($1, $2, $3, $3) " +
            "ON CONFLICT (id) DO UPDATE SET version = excluded.version, updated = excluded.updated";
        Notify = "SELECT pg_notify($1, $2)";
        ReadAllPage = $"SELECT {EventColumns} FROM {s}.events WHERE seq_id > $1 ORDER BY seq_id LIMIT $2";
        ReadStreamPage = $"SELECT {EventColumns} FROM {s}.events WHERE stream_id = $1 AND version >= $2 ORDER BY version LIMIT $3";
    }

    public string Schema { get; }

    public string NotificationChannel { get; }

    public string LockAppends { get; }

    public string LockMigrations { get; }

    public string UnlockMigrations { get; }

    public string SchemaExists { get; }

    public string CreateSchema { get; }

    public string CreateSchemaVersion { get; }

    public string AppliedVersions { get; }

    public string RecordVersion { get; }

    public string FindStoredIds { get; }

    public string StreamVersion { get; }

    public string HeadWithHash { get; }

    public string HeadPosition { get; }

    public string JsonbRendition { get; }

    public string InsertEvents { get; }

    public string UpsertStream { get; }

    public string Notify { get; }

    public string ReadAllPage { get; }

    public string ReadStreamPage { get; }

    public string Script(SchemaScript script) => script.Sql.Replace("{schema}", Schema, StringComparison.Ordinal);

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,47}$")]
    private static partial Regex Identifier();
}
