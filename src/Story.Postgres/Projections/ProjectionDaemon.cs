using System.Data;
using Npgsql;
using Story.Postgres.Connection;
using Story.Projections;
using Story.Store;

namespace Story.Postgres.Projections;

/// <summary>
/// Keeps the projections of Story.Projections as read-model tables in the store's PostgreSQL schema, after the idea of
/// Marten's async daemon: each projection has a checkpoint in <c>projection_states</c> and works through the events
/// after it in batches; each batch folds its events with the pure projection and writes the changed rows and the new
/// checkpoint in one transaction, so the rows are always exactly the fold of the log up to the checkpoint. Positions
/// are gap-free and visible in commit order, so the head of the log is the high-water mark: no gap detection is needed.
/// </summary>
/// <remarks>
/// Several daemons (the server, a <c>story</c> command) may work on the same database: a transaction-scoped advisory
/// lock per projection makes their batches take turns, and each batch starts from the checkpoint it reads under that lock.
/// A projection that throws on an event is stopped there (status <c>stopped</c>, the event's position and the error
/// stored), not advanced past it; a rebuild clears it.
/// </remarks>
public sealed class ProjectionDaemon
{
    private readonly PostgresEventStore _store;
    private readonly ProjectionDaemonOptions _options;
    private readonly ProjectionSql _sql;
    private readonly IProjectionShard[] _shards;
    private readonly StoryStateTables _storyState;
    private volatile bool _registered;

    public ProjectionDaemon(PostgresEventStore store, ProjectionDaemonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        _options = options ?? new ProjectionDaemonOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.BatchSize, 1, nameof(options));
        _sql = new ProjectionSql(store.Sql);
        _storyState = new StoryStateTables(_sql);
        _shards =
        [
            new ProjectionShard<StoryState>(_storyState, _sql),
            new ProjectionShard<IReadOnlyDictionary<string, ClaimAudit>>(new ClaimAuditTables(_sql), _sql),
        ];
    }

    /// <summary>The projections this daemon keeps, e.g. <c>story-state</c> and <c>claim-audit</c>.</summary>
    public IReadOnlyList<string> Names => _shards.Select(s => s.Name).ToArray();

    /// <summary>
    /// Catches up, then waits for appends (LISTEN/NOTIFY, with the store's poll interval as a fallback) and catches up
    /// again, until cancelled. Losing the database is retried with backoff.
    /// </summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var attempt = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            // Taken before catching up, so that an append committed during the catch-up still wakes the next round.
            var appended = _store.WaitForAppendAsync(cancellationToken);
            try
            {
                await CatchUpAsync(cancellationToken);
                attempt = 0;
                await appended;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (StoreUnavailableException ex)
            {
                attempt++;
                var delay = _store.Backoff.DelayFor(attempt);
                _options.OnRetry?.Invoke(new StoreRetry("projection daemon", attempt, delay, ex));
                try
                {
                    await Task.Delay(delay, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>Processes every projection up to the head of the log (or to the event it stops on); returns their statuses.</summary>
    /// <exception cref="StoreUnavailableException">The database was lost; whatever batch was in flight was not committed.</exception>
    public async Task<IReadOnlyList<ProjectionStatus>> CatchUpAsync(CancellationToken cancellationToken = default)
    {
        await RegisterAsync(cancellationToken);
        foreach (var shard in _shards)
        {
            while ((await RunBatchAsync(shard, cancellationToken)).Outcome == BatchOutcome.Advanced)
            {
            }
        }

        return await GetStatusesAsync(cancellationToken);
    }

    /// <summary>
    /// Empties the projection's tables and resets its checkpoint to 0 (one transaction), then replays the log from
    /// position 0 in batches, reporting (events done, head) after each. Returns its status afterwards: running, or stopped
    /// on the event it failed on.
    /// </summary>
    /// <exception cref="ArgumentException">No projection has that name.</exception>
    public async Task<ProjectionStatus> RebuildAsync(string name, IProgress<(long Done, long Total)>? progress = null, CancellationToken cancellationToken = default)
    {
        var shard = Find(name);
        await RegisterAsync(cancellationToken);
        await shard.Gate.WaitAsync(cancellationToken);
        try
        {
            await WithConnectionAsync($"resetting projection {shard.Name}", async connection =>
            {
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                await Db.ExecuteAsync(connection, transaction, _sql.Lock, [shard.Name], cancellationToken);
                // DELETE rather than TRUNCATE: TRUNCATE is not MVCC-safe, and a reader's snapshot must see either the old
                // rows with the old checkpoint or no rows with checkpoint 0.
                var commands = shard.Tables.Select(t => Db.BatchCommand($"DELETE FROM {_sql.Table(t)}", [])).Append(Db.BatchCommand(_sql.Reset, [shard.Name])).ToList();
                await Db.ExecuteBatchAsync(connection, transaction, commands, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return 0;
            }, cancellationToken);
        }
        finally
        {
            shard.Forget();
            shard.Gate.Release();
        }

        var total = await WithConnectionAsync("reading the head position", c => Db.LongAsync(c, null, _sql.Head, [], cancellationToken), cancellationToken);
        progress?.Report((0, total));
        while (true)
        {
            var step = await RunBatchAsync(shard, cancellationToken);
            total = Math.Max(total, step.Position);
            progress?.Report((step.Position, total));
            if (step.Outcome != BatchOutcome.Advanced)
            {
                break;
            }
        }

        return (await GetStatusesAsync(cancellationToken)).Single(s => s.Name == shard.Name);
    }

    /// <summary>Each projection's checkpoint, the head of the log, and whether it runs, stopped (and why) or is rebuilding.</summary>
    public Task<IReadOnlyList<ProjectionStatus>> GetStatusesAsync(CancellationToken cancellationToken = default) =>
        WithConnectionAsync("reading projection statuses", async connection =>
        {
            await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
            var head = await Db.LongAsync(connection, transaction, _sql.Head, [], cancellationToken);
            var rows = await Db.RowsAsync(connection, transaction, _sql.ReadStates, [], r => new ProjectionStatus(
                r.GetString(0),
                r.GetInt64(1),
                head,
                ProjectionRunStates.Parse(r.GetString(2)),
                r.IsDBNull(3) ? null : r.GetString(3),
                r.IsDBNull(4) ? null : r.GetInt64(4),
                new DateTimeOffset(DateTime.SpecifyKind(r.GetDateTime(5), DateTimeKind.Utc))), cancellationToken);
            var byName = rows.ToDictionary(r => r.Name, StringComparer.Ordinal);
            return (IReadOnlyList<ProjectionStatus>)_shards
                .Select(s => byName.GetValueOrDefault(s.Name) ?? new ProjectionStatus(s.Name, 0, head, ProjectionRunState.Running, null, null, null))
                .ToList();
        }, cancellationToken);

    /// <summary>Reads the projection's rows back and compares them with a fold of the log up to its checkpoint, in one snapshot.</summary>
    /// <exception cref="ArgumentException">No projection has that name.</exception>
    public Task<ProjectionCheck> CheckAgainstLogAsync(string name, CancellationToken cancellationToken = default)
    {
        var shard = Find(name);
        return WithConnectionAsync($"checking projection {shard.Name}", async connection =>
        {
            await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
            var (position, _) = await ReadCheckpointAsync(connection, transaction, shard.Name, cancellationToken);
            var matches = await shard.MatchesLogAsync(connection, transaction, position, cancellationToken);
            var count = string.Join(" + ", shard.Tables.Select(t => $"(SELECT count(*) FROM {_sql.Table(t)})"));
            var rows = await Db.LongAsync(connection, transaction, "SELECT " + count, [], cancellationToken);
            return new ProjectionCheck(shard.Name, position, rows, matches);
        }, cancellationToken);
    }

    /// <summary>The story state as the <c>story-state</c> rows hold it, with the checkpoint it is the fold up to.</summary>
    public Task<ReadModelSnapshot<StoryState>> ReadStoryStateAsync(CancellationToken cancellationToken = default) =>
        WithConnectionAsync("reading the story-state read model", async connection =>
        {
            await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
            var (position, status) = await ReadCheckpointAsync(connection, transaction, _storyState.Projection.Name, cancellationToken);
            var state = await _storyState.LoadAsync(connection, transaction, position, cancellationToken);
            return new ReadModelSnapshot<StoryState>(state, position, status);
        }, cancellationToken);

    /// <summary>One transaction: lock the projection, read its checkpoint, fold the next batch, write rows and checkpoint, commit.</summary>
    private async Task<BatchStep> RunBatchAsync(IProjectionShard shard, CancellationToken cancellationToken)
    {
        await shard.Gate.WaitAsync(cancellationToken);
        try
        {
            return await WithConnectionAsync($"projecting {shard.Name}", async connection =>
            {
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                await Db.ExecuteAsync(connection, transaction, _sql.Lock, [shard.Name], cancellationToken);
                var (checkpoint, status) = await ReadCheckpointAsync(connection, transaction, shard.Name, cancellationToken);
                if (status == ProjectionRunState.Stopped)
                {
                    return new BatchStep(checkpoint, BatchOutcome.Stopped);
                }

                var events = new List<RecordedEvent>(_options.BatchSize);
                await foreach (var e in Db.EventsAsync(connection, transaction, _sql.ReadEvents, [checkpoint, _options.BatchSize], cancellationToken))
                {
                    events.Add(e);
                }

                // Fewer than a full batch means this read reached the head of the log.
                var reachedHead = events.Count < _options.BatchSize;
                if (events.Count == 0)
                {
                    if (status == ProjectionRunState.Rebuilding)
                    {
                        await AdvanceAsync(connection, transaction, shard.Name, checkpoint, ProjectionRunState.Running, null, cancellationToken);
                        await transaction.CommitAsync(cancellationToken);
                    }

                    return new BatchStep(checkpoint, BatchOutcome.CaughtUp);
                }

                var folded = await shard.FoldAsync(connection, transaction, checkpoint, events, cancellationToken);
                var next = folded.Failure is not null ? ProjectionRunState.Stopped
                    : reachedHead && status == ProjectionRunState.Rebuilding ? ProjectionRunState.Running
                    : status;
                await AdvanceAsync(connection, transaction, shard.Name, folded.Position, next, folded.Failure, cancellationToken);
                if (_options.BeforeCommit is { } beforeCommit)
                {
                    await beforeCommit(connection, cancellationToken);
                }

                await transaction.CommitAsync(cancellationToken);
                folded.Committed();
                return new BatchStep(
                    folded.Position,
                    folded.Failure is not null ? BatchOutcome.Stopped : reachedHead ? BatchOutcome.CaughtUp : BatchOutcome.Advanced);
            }, cancellationToken);
        }
        catch
        {
            // Whatever was folded in memory may not have been committed: read the state from the rows next time.
            shard.Forget();
            throw;
        }
        finally
        {
            shard.Gate.Release();
        }
    }

    private async Task<(long Position, ProjectionRunState Status)> ReadCheckpointAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string name, CancellationToken cancellationToken)
    {
        var rows = await Db.RowsAsync(connection, transaction, _sql.ReadState, [name], r => (r.GetInt64(0), ProjectionRunStates.Parse(r.GetString(1))), cancellationToken);
        return rows.Count == 0 ? (0, ProjectionRunState.Running) : rows[0];
    }

    private Task AdvanceAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string name, long position, ProjectionRunState status, ProjectionFailure? failure, CancellationToken cancellationToken) =>
        Db.ExecuteAsync(
            connection,
            transaction,
            _sql.Advance,
            [name, position, status.ToText(), (object?)failure?.Error ?? DBNull.Value, (object?)failure?.Position ?? DBNull.Value],
            cancellationToken);

    private async Task RegisterAsync(CancellationToken cancellationToken)
    {
        if (_registered)
        {
            return;
        }

        await WithConnectionAsync("registering projections", async connection =>
        {
            await Db.ExecuteAsync(connection, null, _sql.Register, [_shards.Select(s => s.Name).ToArray()], cancellationToken);
            return 0;
        }, cancellationToken);
        _registered = true;
    }

    private IProjectionShard Find(string name) =>
        _shards.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.Ordinal))
        ?? throw new ArgumentException($"Unknown projection '{name}'. Projections: {string.Join(", ", Names)}.", nameof(name));

    private async Task<T> WithConnectionAsync<T>(string operation, Func<NpgsqlConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await _store.DataSource.OpenConnectionAsync(cancellationToken);
            return await work(connection);
        }
        catch (Exception ex) when (PostgresFaults.IsConnectionFailure(ex) && !cancellationToken.IsCancellationRequested)
        {
            _store.DataSource.Clear();
            throw PostgresFaults.During(_store.Endpoint, operation, ex);
        }
    }

    private enum BatchOutcome
    {
        /// <summary>A full batch was committed; there may be more.</summary>
        Advanced,

        /// <summary>The head of the log was reached.</summary>
        CaughtUp,

        /// <summary>The projection is stopped on an event.</summary>
        Stopped,
    }

    private sealed record BatchStep(long Position, BatchOutcome Outcome);
}
