using Npgsql;
using Story.Projections;
using Story.Store;

namespace Story.Postgres.Projections;

/// <summary>A projection as the daemon drives it, whatever its state type.</summary>
internal interface IProjectionShard
{
    string Name { get; }

    IReadOnlyList<string> Tables { get; }

    /// <summary>One batch at a time per projection in this process (across processes, the projection's advisory lock).</summary>
    SemaphoreSlim Gate { get; }

    /// <summary>
    /// Folds <paramref name="events"/> (the ones after <paramref name="checkpoint"/>) onto the state the rows hold and writes
    /// the changed rows in <paramref name="transaction"/>. Stops at the first event the projection fails on.
    /// </summary>
    Task<FoldedBatch> FoldAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long checkpoint, IReadOnlyList<RecordedEvent> events, CancellationToken cancellationToken);

    /// <summary>Reads the rows back and compares them with a fold of the log up to <paramref name="checkpoint"/>.</summary>
    Task<bool> MatchesLogAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long checkpoint, CancellationToken cancellationToken);

    /// <summary>Drops the state kept between batches, so the next batch reads it from the rows.</summary>
    void Forget();
}

/// <summary>What a batch folded: up to which position, whether it failed on the event after that, and what to keep once committed.</summary>
internal sealed record FoldedBatch(long Position, ProjectionFailure? Failure, Action Committed);

/// <summary>The event a projection failed on, and why.</summary>
internal sealed record ProjectionFailure(long Position, string Error);

/// <summary>
/// Keeps a projection's state in memory between batches, tagged with the checkpoint it is the fold of, so that a daemon
/// working alone does not read its rows back for every batch. When the checkpoint in the database is not the one it
/// holds (another process advanced it, a rebuild reset it, a transaction failed), it reads the state from the rows.
/// </summary>
internal sealed class ProjectionShard<TState>(ReadModel<TState> model, ProjectionSql sql) : IProjectionShard
{
    private Kept? _kept;

    public string Name => model.Projection.Name;

    public IReadOnlyList<string> Tables => model.Tables;

    public SemaphoreSlim Gate { get; } = new(1, 1);

    public async Task<FoldedBatch> FoldAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long checkpoint, IReadOnlyList<RecordedEvent> events, CancellationToken cancellationToken)
    {
        var state = _kept is { } kept && kept.Position == checkpoint ? kept.State : await model.LoadAsync(connection, transaction, checkpoint, cancellationToken);
        var changes = new RowChanges();
        var position = checkpoint;
        ProjectionFailure? failure = null;
        foreach (var e in events)
        {
            try
            {
                if (StoryFactReader.TryRead(e, out var fact))
                {
                    var next = model.Projection.Apply(state, fact);
                    model.Track(state, next, fact, changes);
                    state = next;
                }
            }
            catch (Exception ex)
            {
                // Skipping the event would leave a read model that no fold of the log gives: stop before it instead.
                failure = new ProjectionFailure(e.Position, $"{ex.GetType().Name}: {ex.Message}");
                break;
            }

            position = e.Position;
        }

        await Db.ExecuteBatchAsync(connection, transaction, model.Save(state, changes).ToList(), cancellationToken);
        var folded = state;
        return new FoldedBatch(position, failure, () => _kept = new Kept(position, folded));
    }

    public async Task<bool> MatchesLogAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long checkpoint, CancellationToken cancellationToken)
    {
        var stored = await model.LoadAsync(connection, transaction, checkpoint, cancellationToken);
        var folded = model.Projection.Initial;
        await foreach (var e in Db.EventsAsync(connection, transaction, sql.ReadEventsUpTo, [checkpoint], cancellationToken))
        {
            if (StoryFactReader.TryRead(e, out var fact))
            {
                folded = model.Projection.Apply(folded, fact);
            }
        }

        return ProjectionJson.SameContent(stored, folded);
    }

    public void Forget() => _kept = null;

    private sealed record Kept(long Position, TState State);
}
