using System.Globalization;
using Npgsql;
using Story.Audit;
using Story.Postgres.Connection;
using Story.Postgres.Schema;
using Story.Store;

namespace Story.Postgres.Appending;

/// <summary>
/// Appends a batch in one transaction.
/// <para>
/// No gaps for subscribers: every append transaction first takes one transaction-scoped advisory lock
/// (<c>pg_advisory_xact_lock</c>) per store schema and only then reads the head, so positions are assigned as
/// head + 1, head + 2... by one writer at a time, and the lock is released only after the commit has become visible.
/// The next writer therefore numbers its events after every committed event, and commits after it: positions become
/// visible strictly in order, a reader can never see N + 1 before N, and the hash of position N - 1 is final when N is
/// chained to it. The price is that appends are serialised across the whole store (one in flight at a time, about
/// three round trips each), which batching amortises. A sequence would let writers overlap but would commit out of order and
/// leave holes from rolled-back transactions, which every subscriber would then have to wait out.
/// </para>
/// </summary>
internal sealed class PostgresAppender(
    NpgsqlDataSource dataSource,
    StoreSql sql,
    PostgresEndpoint endpoint,
    TimeProvider time,
    Func<string, CancellationToken, Task<long>> streamVersion,
    Action committed)
{
    private const string StreamVersionConstraint = "events_stream_version_unique";

    public async Task<AppendResult> AppendAsync(string streamId, ExpectedVersion expected, IReadOnlyList<EventData> events, CancellationToken cancellationToken)
    {
        AppendValidation.Validate(streamId, events);
        try
        {
            return await AppendInTransactionAsync(streamId, expected, events, cancellationToken);
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UniqueViolation && ex.ConstraintName == StreamVersionConstraint)
        {
            // Only a writer bypassing the append lock can get here, but the answer is still the typed one.
            throw new WrongExpectedVersionException(streamId, expected, await streamVersion(streamId, cancellationToken));
        }
        catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.InvalidTextRepresentation or PostgresErrorCodes.UntranslatableCharacter)
        {
            throw new ArgumentException($"PostgreSQL cannot store the data of a batch for stream '{streamId}' as jsonb: {ex.MessageText}.", nameof(events), ex);
        }
        catch (Exception ex) when (PostgresFaults.IsConnectionFailure(ex) && !cancellationToken.IsCancellationRequested)
        {
            dataSource.Clear();
            throw PostgresFaults.During(
                endpoint,
                $"appending {events.Count} event(s) to stream '{streamId}' (the batch may or may not have been committed; appending it again with the same event ids is safe)",
                ex);
        }
    }

    private async Task<AppendResult> AppendInTransactionAsync(string streamId, ExpectedVersion expected, IReadOnlyList<EventData> events, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var state = await LockAndReadAsync(connection, transaction, streamId, events, cancellationToken);

        var ids = events.Select(e => e.EventId).ToArray();
        if (state.Stored.Count == events.Count)
        {
            return new AppendResult(streamId, state.StreamVersion, ids.Select(id => state.Stored[id]).ToArray(), 0, events.Count);
        }

        if (!expected.IsSatisfiedBy(state.StreamVersion))
        {
            throw new WrongExpectedVersionException(streamId, expected, state.StreamVersion);
        }

        var rows = Chain(streamId, events, state);
        await WriteAsync(connection, transaction, streamId, rows, cancellationToken);
        // Once the commit is sent its outcome no longer depends on the caller waiting for it.
        await transaction.CommitAsync(CancellationToken.None);
        committed();

        var positions = ids.Select(id => state.Stored.TryGetValue(id, out var stored) ? stored : rows.PositionOf[id]).ToArray();
        return new AppendResult(streamId, rows.LastVersion, positions, rows.Count, state.Stored.Count);
    }

    /// <summary>Takes the append lock, then reads (in the same round trip) everything the batch is numbered and checked against.</summary>
    private async Task<AppendState> LockAndReadAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string streamId, IReadOnlyList<EventData> events, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection, transaction)
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand(sql.LockAppends),
                Command(sql.FindStoredIds, [events.Select(e => e.EventId).ToArray()]),
                // No FOR UPDATE: every writer of this store already holds the append lock taken above.
                Command(sql.StreamVersion, [streamId]),
                new NpgsqlBatchCommand(sql.HeadWithHash),
                Command(sql.JsonbRendition, [events.Select(e => e.Data).ToArray()]),
            },
        };
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);

        await reader.NextResultAsync(cancellationToken);
        var stored = new Dictionary<Guid, long>();
        while (await reader.ReadAsync(cancellationToken))
        {
            stored[reader.GetGuid(0)] = reader.GetInt64(1);
        }

        await reader.NextResultAsync(cancellationToken);
        var version = await reader.ReadAsync(cancellationToken) ? reader.GetInt64(0) : 0;

        await reader.NextResultAsync(cancellationToken);
        var (head, headHash) = await reader.ReadAsync(cancellationToken) ? (reader.GetInt64(0), reader.GetString(1)) : (0L, HashChain.Genesis);

        await reader.NextResultAsync(cancellationToken);
        var renditions = new List<string>(events.Count);
        while (await reader.ReadAsync(cancellationToken))
        {
            renditions.Add(reader.GetString(0));
        }

        return new AppendState(stored, version, head, headHash, renditions);
    }

    private NewRows Chain(string streamId, IReadOnlyList<EventData> events, AppendState state)
    {
        var recordedAt = StoreClock.Now(time);
        var rows = new NewRows(recordedAt);
        var position = state.Head;
        var version = state.StreamVersion;
        var previous = state.HeadHash;
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (state.Stored.ContainsKey(e.EventId))
            {
                continue;
            }

            position++;
            version++;
            var hash = HashChain.Compute(previous, e.EventId, streamId, version, e.EventType, recordedAt, state.Renditions[i], e.Metadata);
            rows.Add(position, e, version, HashChain.MetadataJson(e.Metadata), previous, hash);
            previous = hash;
        }

        rows.LastVersion = version;
        return rows;
    }

    private async Task WriteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string streamId, NewRows rows, CancellationToken cancellationToken)
    {
        var recordedAt = rows.RecordedAt.UtcDateTime;
        await using var batch = new NpgsqlBatch(connection, transaction)
        {
            BatchCommands =
            {
                Command(sql.InsertEvents, [
                    rows.Positions.ToArray(),
                    rows.Ids.ToArray(),
                    streamId,
                    rows.Versions.ToArray(),
                    rows.Types.ToArray(),
                    rows.Data.ToArray(),
                    rows.Metadata.ToArray(),
                    recordedAt,
                    rows.PreviousHashes.ToArray(),
                    rows.Hashes.ToArray(),
                ]),
                Command(sql.UpsertStream, [streamId, rows.LastVersion, recordedAt]),
                Command(sql.Notify, [sql.NotificationChannel, rows.Positions[^1].ToString(CultureInfo.InvariantCulture)]),
            },
        };
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <remarks>Not params: a string[] argument would silently become the parameter list instead of one array parameter.</remarks>
    private static NpgsqlBatchCommand Command(string text, object[] values)
    {
        var command = new NpgsqlBatchCommand(text);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        return command;
    }

    private sealed record AppendState(Dictionary<Guid, long> Stored, long StreamVersion, long Head, string HeadHash, List<string> Renditions);

    /// <summary>The new events of a batch, numbered and chained, as the columns the insert unnests.</summary>
    private sealed class NewRows(DateTimeOffset recordedAt)
    {
        public DateTimeOffset RecordedAt { get; } = recordedAt;

        public List<long> Positions { get; } = [];

        public List<Guid> Ids { get; } = [];

        public List<long> Versions { get; } = [];

        public List<string> Types { get; } = [];

        public List<string> Data { get; } = [];

        public List<string> Metadata { get; } = [];

        public List<string> PreviousHashes { get; } = [];

        public List<string> Hashes { get; } = [];

        public Dictionary<Guid, long> PositionOf { get; } = [];

        public long LastVersion { get; set; }

        public int Count => Positions.Count;

        public void Add(long position, EventData e, long version, string metadata, string previousHash, string hash)
        {
            Positions.Add(position);
            Ids.Add(e.EventId);
            Versions.Add(version);
            Types.Add(e.EventType);
            Data.Add(e.Data);
            Metadata.Add(metadata);
            PreviousHashes.Add(previousHash);
            Hashes.Add(hash);
            PositionOf[e.EventId] = position;
        }
    }
}
