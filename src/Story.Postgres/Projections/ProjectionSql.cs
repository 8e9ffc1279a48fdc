using Story.Postgres.Schema;

namespace Story.Postgres.Projections;

/// <summary>The daemon's statements on the projection_states table and the log, bound to the store's schema.</summary>
internal sealed class ProjectionSql
{
    /// <summary>First key of the projection locks ("Proj"); the second is hashtext(schema.projection), one lock per projection.</summary>
    private const int LockClass = 0x50726f6a;

    private const string EventColumns =
        "seq_id, stream_id, version, id, type, data::text, metadata::text, recorded_at, previous_hash, hash";

    public ProjectionSql(StoreSql store)
    {
        var s = store.Schema;
        Schema = s;
        Lock = $"SELECT pg_advisory_xact_lock({LockClass}, hashtext('{s}.projection.' || $1))";
        Register = $"INSERT INTO {s}.projection_states (name) SELECT unnest($1::text[]) ON CONFLICT (name) DO NOTHING";
        ReadState = $"SELECT position, status FROM {s}.projection_states WHERE name = $1";
        ReadStates = $"SELECT name, position, status, error, error_position, updated_at FROM {s}.projection_states";
        Advance =
            $"UPDATE {s}.projection_states SET position = $2, status = $3, error = $4, error_position = $5, updated_at = now() WHERE name = $1";
        Reset =
            $"UPDATE {s}.projection_states SET position = 0, status = 'rebuilding', error = NULL, error_position = NULL, updated_at = now() WHERE name = $1";
        ReadEvents = $"SELECT {EventColumns} FROM {s}.events WHERE seq_id > $1 ORDER BY seq_id LIMIT $2";
        ReadEventsUpTo = $"SELECT {EventColumns} FROM {s}.events WHERE seq_id <= $1 ORDER BY seq_id";
        ReadEventsOfTypeUpTo = $"SELECT {EventColumns} FROM {s}.events WHERE type = $1 AND seq_id <= $2 ORDER BY seq_id";
        Head = store.HeadPosition;
    }

    public string Schema { get; }

    /// <summary>Serialises everything that writes one projection's rows or checkpoint: daemons in several processes take turns per batch.</summary>
    public string Lock { get; }

    public string Register { get; }

    public string ReadState { get; }

    public string ReadStates { get; }

    public string Advance { get; }

    public string Reset { get; }

    public string ReadEvents { get; }

    public string ReadEventsUpTo { get; }

    public string ReadEventsOfTypeUpTo { get; }

    public string Head { get; }

    public string Table(string name) => $"{Schema}.{name}";
}
