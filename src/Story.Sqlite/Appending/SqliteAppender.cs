using System.Globalization;
using Microsoft.Data.Sqlite;
using Story.Audit;
using Story.Sqlite.Opening;
using Story.Sqlite.Schema;
using Story.Store;

namespace Story.Sqlite.Appending;

/// <summary>
/// Appends one batch per <c>BEGIN IMMEDIATE</c> transaction: the write lock is taken before anything is read, so
/// the stream version, the last hash and the next position cannot change under the writer, in this process or any other.
/// </summary>
internal sealed class SqliteAppender(StoreConnections connections, TimeProvider time) : IDisposable
{
    // Writers in this process queue here instead of polling SQLite's file lock; other processes still meet
    // at the file lock, which busy_timeout makes them wait for.
    private readonly SemaphoreSlim _writer = new(1, 1);

    public async Task<AppendResult> AppendAsync(string streamId, ExpectedVersion expected, IReadOnlyList<EventData> events, CancellationToken cancellationToken)
    {
        var batch = PendingEvent.FromBatch(streamId, events);
        await _writer.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await connections.OpenAsync(cancellationToken);
            try
            {
                using var transaction = connection.BeginTransaction(deferred: false);
                var result = await AppendInTransactionAsync(connection, streamId, expected, batch, cancellationToken);
                transaction.Commit();
                return result;
            }
            catch (SqliteException ex) when (StoreErrors.IsUnavailability(ex))
            {
                throw StoreErrors.Unavailable(connections.Path, ex);
            }
        }
        finally
        {
            _writer.Release();
        }
    }

    public void Dispose() => _writer.Dispose();

    private async Task<AppendResult> AppendInTransactionAsync(SqliteConnection connection, string streamId, ExpectedVersion expected, IReadOnlyList<PendingEvent> batch, CancellationToken cancellationToken)
    {
        var positions = await FindStoredPositionsAsync(connection, batch, cancellationToken);
        var alreadyStored = positions.Count(p => p is not null);
        var actualVersion = await ReadStreamVersionAsync(connection, streamId, cancellationToken);
        if (alreadyStored == batch.Count)
        {
            // A retry of a batch that was committed: succeed without looking at the expected version.
            return new(streamId, actualVersion, positions.Select(p => p!.Value).ToList(), 0, alreadyStored);
        }

        if (!expected.IsSatisfiedBy(actualVersion))
        {
            throw new WrongExpectedVersionException(streamId, expected, actualVersion);
        }

        var (position, previousHash) = await ReadLastEventAsync(connection, cancellationToken);
        var recordedAt = StoreClock.Now(time);
        var recordedAtText = RecordedAtText.From(recordedAt);
        var version = actualVersion;

        using var insert = PrepareInsert(connection, streamId, recordedAtText);
        for (var i = 0; i < batch.Count; i++)
        {
            if (positions[i] is not null)
            {
                continue;
            }

            var e = batch[i];
            position++;
            version++;
            // PendingEvent already holds the body and metadata in canonical form: hash them as they are.
            var hash = HashChain.ComputeCanonical(previousHash, e.EventId, streamId, version, e.EventType, recordedAt, e.Data, e.MetadataJson);
            insert.Parameters["$position"].Value = position;
            insert.Parameters["$eventId"].Value = e.EventId.ToString("D");
            insert.Parameters["$streamVersion"].Value = version;
            insert.Parameters["$eventType"].Value = e.EventType;
            insert.Parameters["$data"].Value = e.Data;
            insert.Parameters["$metadata"].Value = e.MetadataJson;
            insert.Parameters["$previousHash"].Value = previousHash;
            insert.Parameters["$hash"].Value = hash;
            await insert.ExecuteNonQueryAsync(cancellationToken);
            positions[i] = position;
            previousHash = hash;
        }

        await WriteStreamVersionAsync(connection, streamId, version, recordedAtText, cancellationToken);
        return new(streamId, version, positions.Select(p => p!.Value).ToList(), batch.Count - alreadyStored, alreadyStored);
    }

    private static async Task<long?[]> FindStoredPositionsAsync(SqliteConnection connection, IReadOnlyList<PendingEvent> batch, CancellationToken cancellationToken)
    {
        using var find = connection.CreateCommand();
        find.CommandText = "SELECT position FROM events WHERE event_id = $eventId;";
        var eventId = find.Parameters.Add("$eventId", SqliteType.Text);
        find.Prepare();
        var positions = new long?[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            eventId.Value = batch[i].EventId.ToString("D");
            var stored = await find.ExecuteScalarAsync(cancellationToken);
            positions[i] = stored is null ? null : Convert.ToInt64(stored, CultureInfo.InvariantCulture);
        }

        return positions;
    }

    private static async Task<long> ReadStreamVersionAsync(SqliteConnection connection, string streamId, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT version FROM streams WHERE stream_id = $stream;";
        command.Parameters.AddWithValue("$stream", streamId);
        var version = await command.ExecuteScalarAsync(cancellationToken);
        return version is null ? 0 : Convert.ToInt64(version, CultureInfo.InvariantCulture);
    }

    private static async Task<(long Position, string Hash)> ReadLastEventAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT position, hash FROM events ORDER BY position DESC LIMIT 1;";
        using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? (reader.GetInt64(0), reader.GetString(1))
            : (0, HashChain.Genesis);
    }

    private static SqliteCommand PrepareInsert(SqliteConnection connection, string streamId, string recordedAtText)
    {
        var insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT INTO events (position, event_id, stream_id, stream_version, event_type, data, metadata, recorded_at, previous_hash, hash)
            VALUES ($position, $eventId, $streamId, $streamVersion, $eventType, $data, $metadata, $recordedAt, $previousHash, $hash);
            """;
        insert.Parameters.Add("$position", SqliteType.Integer);
        insert.Parameters.Add("$eventId", SqliteType.Text);
        insert.Parameters.AddWithValue("$streamId", streamId);
        insert.Parameters.Add("$streamVersion", SqliteType.Integer);
        insert.Parameters.Add("$eventType", SqliteType.Text);
        insert.Parameters.Add("$data", SqliteType.Text);
        insert.Parameters.Add("$metadata", SqliteType.Text);
        insert.Parameters.AddWithValue("$recordedAt", recordedAtText);
        insert.Parameters.Add("$previousHash", SqliteType.Text);
        insert.Parameters.Add("$hash", SqliteType.Text);
        insert.Prepare();
        return insert;
    }

    private static async Task WriteStreamVersionAsync(SqliteConnection connection, string streamId, long version, string now, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO streams (stream_id, version, created_at, updated_at) VALUES ($stream, $version, $now, $now)
            ON CONFLICT (stream_id) DO UPDATE SET version = excluded.version, updated_at = excluded.updated_at;
            """;
        command.Parameters.AddWithValue("$stream", streamId);
        command.Parameters.AddWithValue("$version", version);
        command.Parameters.AddWithValue("$now", now);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
