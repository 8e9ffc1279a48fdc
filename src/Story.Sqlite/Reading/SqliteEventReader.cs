using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Story.Sqlite.Opening;
using Story.Store;

namespace Story.Sqlite.Reading;

/// <summary>
/// Reads in pages, each on its own short read transaction, so that a slow consumer never holds a connection or
/// keeps an old snapshot open (which would stop SQLite from checkpointing its write-ahead log).
/// </summary>
internal sealed class SqliteEventReader(StoreConnections connections) : IEventReader
{
    private const int PageSize = 500;

    public async IAsyncEnumerable<RecordedEvent> ReadStreamAsync(string streamId, long fromVersion = 1, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(streamId);
        ArgumentOutOfRangeException.ThrowIfLessThan(fromVersion, 1);
        var next = fromVersion;
        while (true)
        {
            var page = await ReadPageAsync(
                $"SELECT {EventRows.Columns} FROM events WHERE stream_id = $stream AND stream_version >= $from ORDER BY stream_version LIMIT $limit;",
                command =>
                {
                    command.Parameters.AddWithValue("$stream", streamId);
                    command.Parameters.AddWithValue("$from", next);
                },
                cancellationToken);
            foreach (var e in page)
            {
                yield return e;
            }

            if (page.Count < PageSize)
            {
                yield break;
            }

            next = page[^1].StreamVersion + 1;
        }
    }

    public async IAsyncEnumerable<RecordedEvent> ReadAllAsync(long afterPosition = 0, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(afterPosition);
        var after = afterPosition;
        while (true)
        {
            var page = await ReadPageAsync(
                $"SELECT {EventRows.Columns} FROM events WHERE position > $after ORDER BY position LIMIT $limit;",
                command => command.Parameters.AddWithValue("$after", after),
                cancellationToken);
            foreach (var e in page)
            {
                yield return e;
            }

            if (page.Count < PageSize)
            {
                yield break;
            }

            after = page[^1].Position;
        }
    }

    public Task<long> GetHeadPositionAsync(CancellationToken cancellationToken = default) =>
        ReadNumberAsync("SELECT COALESCE(MAX(position), 0) FROM events;", _ => { }, cancellationToken);

    public Task<long> GetStreamVersionAsync(string streamId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(streamId);
        return ReadNumberAsync(
            "SELECT COALESCE((SELECT version FROM streams WHERE stream_id = $stream), 0);",
            command => command.Parameters.AddWithValue("$stream", streamId),
            cancellationToken);
    }

    private async Task<List<RecordedEvent>> ReadPageAsync(string sql, Action<SqliteCommand> bind, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        bind(command);
        command.Parameters.AddWithValue("$limit", PageSize);
        var page = new List<RecordedEvent>();
        using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            page.Add(EventRows.Read(reader));
        }

        return page;
    }

    private async Task<long> ReadNumberAsync(string sql, Action<SqliteCommand> bind, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        bind(command);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }
}
