namespace Story.Application.Projections;

/// <summary>
/// Keeps projections as read models in the store, for engines that have them (PostgreSQL). A host runs
/// <see cref="RunAsync"/> in the background; <c>story</c> commands call <see cref="CatchUpAsync"/> before reading.
/// Registered only when the store has a daemon; elsewhere projections are computed on read.
/// </summary>
public interface IProjectionDaemon
{
    /// <summary>The projections it keeps, e.g. <c>story-state</c> and <c>claim-audit</c>.</summary>
    IReadOnlyList<string> Names { get; }

    /// <summary>Catches up, then follows new appends until cancelled.</summary>
    Task RunAsync(CancellationToken cancellationToken);

    /// <summary>Processes every projection up to the head of the log, or to the event it stops on.</summary>
    Task<IReadOnlyList<ProjectionStatusView>> CatchUpAsync(CancellationToken cancellationToken);

    /// <summary>Empties the projection's read model and replays the log from position 0, reporting (done, total).</summary>
    Task<ProjectionStatusView> RebuildAsync(string name, IProgress<(long Done, long Total)>? progress, CancellationToken cancellationToken);

    /// <summary>Each projection's checkpoint, lag and status.</summary>
    Task<IReadOnlyList<ProjectionStatusView>> GetStatusesAsync(CancellationToken cancellationToken);

    /// <summary>Reads the projection's read model back and compares it with a fold of the log up to its checkpoint.</summary>
    Task<ProjectionCheckView> CheckAgainstLogAsync(string name, CancellationToken cancellationToken);
}
