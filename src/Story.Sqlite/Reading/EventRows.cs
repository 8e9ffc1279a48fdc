using System.Globalization;
using Microsoft.Data.Sqlite;
using Story.Audit;
using Story.Sqlite.Schema;
using Story.Store;

namespace Story.Sqlite.Reading;

/// <summary>Maps a row of the events table to the event exactly as it was hashed.</summary>
internal static class EventRows
{
    /// <summary>The columns <see cref="Read"/> expects, in order.</summary>
    public const string Columns =
        "position, event_id, stream_id, stream_version, event_type, data, metadata, recorded_at, previous_hash, hash";

    public static RecordedEvent Read(SqliteDataReader row) => new(
        Position: row.GetInt64(0),
        StreamId: row.GetString(2),
        StreamVersion: row.GetInt64(3),
        EventId: Guid.Parse(row.GetString(1), CultureInfo.InvariantCulture),
        EventType: row.GetString(4),
        Data: row.GetString(5),
        Metadata: HashChain.ParseMetadata(row.GetString(6)),
        RecordedAt: RecordedAtText.Parse(row.GetString(7)),
        PreviousHash: row.GetString(8),
        Hash: row.GetString(9));
}
