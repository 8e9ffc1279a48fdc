using Story.Postgres.Projections;

namespace Story.Application.Projections;

/// <summary>
/// The PostgreSQL projection daemon behind the application's interfaces. It lives here, not in Story.Postgres, because
/// the application references the engines and not the other way round.
/// </summary>
public sealed class PostgresProjections(ProjectionDaemon daemon) : IProjectionDaemon, IReadModel
{
    public IReadOnlyList<string> Names => daemon.Names;

    public Task RunAsync(CancellationToken cancellationToken) => daemon.RunAsync(cancellationToken);

    public async Task<IReadOnlyList<ProjectionStatusView>> CatchUpAsync(CancellationToken cancellationToken) =>
        (await daemon.CatchUpAsync(cancellationToken)).Select(View).ToList();

    public async Task<ProjectionStatusView> RebuildAsync(string name, IProgress<(long Done, long Total)>? progress, CancellationToken cancellationToken) =>
        View(await daemon.RebuildAsync(name, progress, cancellationToken));

    public async Task<IReadOnlyList<ProjectionStatusView>> GetStatusesAsync(CancellationToken cancellationToken) =>
        (await daemon.GetStatusesAsync(cancellationToken)).Select(View).ToList();

    public async Task<ProjectionCheckView> CheckAgainstLogAsync(string name, CancellationToken cancellationToken)
    {
        var check = await daemon.CheckAgainstLogAsync(name, cancellationToken);
        return new ProjectionCheckView(check.Name, check.Position, check.Rows, check.MatchesLog);
    }

    public async Task<StoryStateSnapshot> ReadStoryStateAsync(CancellationToken cancellationToken)
    {
        var snapshot = await daemon.ReadStoryStateAsync(cancellationToken);
        return new StoryStateSnapshot(snapshot.State, snapshot.Position);
    }

    private static ProjectionStatusView View(ProjectionStatus status) => new(
        status.Name,
        status.Position,
        status.Head,
        status.Lag,
        status.Status switch
        {
            ProjectionRunState.Running => "running",
            ProjectionRunState.Stopped => "stopped",
            _ => "rebuilding",
        },
        status.Error,
        status.ErrorPosition,
        status.UpdatedAt);
}
