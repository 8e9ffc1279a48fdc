using Npgsql;
using Story.Audit;
using Story.Store;

namespace Story.Postgres.Reading;

/// <summary>Maps a row of the events table (in the column order of StoreSql's event columns) to a recorded event.</summary>
internal static class EventRows
{
    public static RecordedEvent Read(NpgsqlDataReader row) => new(
        Position: row.GetInt64(0),
        StreamId: row.GetString(1),
        StreamVersion: row.GetInt64(2),
        EventId: row.GetGuid(3),
        EventType: row.GetString(4),
        Data: row.GetString(5),
        Metadata: HashChain.ParseMetadata(row.GetString(6)),
        RecordedAt: new DateTimeOffset(DateTime.SpecifyKind(row.GetDateTime(7), DateTimeKind.Utc)),
        PreviousHash: row.GetString(8),
        Hash: row.GetString(9));
}
