using System.Runtime.CompilerServices;
using Npgsql;
using Story.Postgres.Connection;
using Story.Postgres.Schema;
using Story.Store;

namespace Story.Postgres.Reading;

/// <summary>
/// Reads in pages of <c>pageSize</c> rows, each page its own short query, so a long log streams without holding a
/// connection (or the whole log) while the caller works through it.
/// </summary>
internal sealed class PostgresReader(NpgsqlDataSource dataSource, StoreSql sql, PostgresEndpoint endpoint, int pageSize) : IEventReader
{
    public async IAsyncEnumerable<RecordedEvent> ReadAllAsync(long afterPosition = 0, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var last = afterPosition;
        while (true)
        {
            var page = await ReadPageAsync(sql.ReadAllPage, [last, pageSize], "reading the log", cancellationToken);
            foreach (var e in page)
            {
                yield return e;
            }

            if (page.Count < pageSize)
            {
                yield break;
            }

            last = page[^1].Position;
        }
    }

    public async IAsyncEnumerable<RecordedEvent> ReadStreamAsync(string streamId, long fromVersion = 1, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var next = Math.Max(1, fromVersion);
        while (true)
        {
            var page = await ReadPageAsync(sql.ReadStreamPage, [streamId, next, pageSize], $"reading stream '{streamId}'", cancellationToken);
            foreach (var e in page)
            {
                yield return e;
            }

            if (page.Count < pageSize)
            {
                yield break;
            }

            next = page[^1].StreamVersion + 1;
        }
    }

    public async Task<long> GetHeadPositionAsync(CancellationToken cancellationToken = default) =>
        await ScalarAsync(sql.HeadPosition, [], "reading the head position", cancellationToken) as long? ?? 0;

    public async Task<long> GetStreamVersionAsync(string streamId, CancellationToken cancellationToken = default) =>
        await ScalarAsync(sql.StreamVersion, [streamId], $"reading the version of stream '{streamId}'", cancellationToken) as long? ?? 0;

    private async Task<List<RecordedEvent>> ReadPageAsync(string text, object[] parameters, string operation, CancellationToken cancellationToken)
    {
        try
        {
            await using var command = Command(text, parameters);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var page = new List<RecordedEvent>();
            while (await reader.ReadAsync(cancellationToken))
            {
                page.Add(EventRows.Read(reader));
            }

            return page;
        }
        catch (Exception ex) when (PostgresFaults.IsConnectionFailure(ex) && !cancellationToken.IsCancellationRequested)
        {
            dataSource.Clear();
            throw PostgresFaults.During(endpoint, operation, ex);
        }
    }

    private async Task<object?> ScalarAsync(string text, object[] parameters, string operation, CancellationToken cancellationToken)
    {
        try
        {
            await using var command = Command(text, parameters);
            return await command.ExecuteScalarAsync(cancellationToken);
        }
        catch (Exception ex) when (PostgresFaults.IsConnectionFailure(ex) && !cancellationToken.IsCancellationRequested)
        {
            dataSource.Clear();
            throw PostgresFaults.During(endpoint, operation, ex);
        }
    }

    private NpgsqlCommand Command(string text, object[] parameters)
    {
        var command = dataSource.CreateCommand(text);
        foreach (var value in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        return command;
    }
}
