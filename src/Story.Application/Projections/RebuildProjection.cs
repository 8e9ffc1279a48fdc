using MediatR;
using Story.Store;

namespace Story.Application.Projections;

/// <summary>Rebuild one projection (or all, when <see cref="Name"/> is null) from position 0, then compare it with a fold of the log.</summary>
/// <param name="Name">The projection, e.g. <c>story-state</c>; null rebuilds every one.</param>
/// <param name="Progress">Told how far each rebuild is, after every batch.</param>
public sealed record RebuildProjection(string? Name, IProgress<RebuildProgress>? Progress = null) : IRequest<RebuildView>;

/// <summary>How far the rebuild of <see cref="Name"/> is: <see cref="Done"/> of <see cref="Total"/> log positions replayed.</summary>
public sealed record RebuildProgress(string Name, long Done, long Total);

/// <summary>
/// One rebuilt projection: where it ended, its status (stopped, with the event and error, if it failed on one), how
/// many rows it holds, and whether they equal a fold of the log up to its checkpoint.
/// </summary>
public sealed record RebuiltProjection(string Name, long Position, long Head, string Status, string? Error, long? ErrorPosition, long Rows, bool MatchesLog)
{
    public bool Succeeded => Status == "running" && MatchesLog;
}

/// <summary>The JSON shape of <c>story rebuild --json</c>. Without a daemon, <c>Message</c> says why there is nothing to rebuild.</summary>
public sealed record RebuildView(bool Daemon, string? Message, IReadOnlyList<RebuiltProjection> Projections);

public sealed class RebuildProjectionHandler(IEventStore store, IProjectionDaemon? daemon = null) : IRequestHandler<RebuildProjection, RebuildView>
{
    public async Task<RebuildView> Handle(RebuildProjection request, CancellationToken cancellationToken)
    {
        if (daemon is null)
        {
            return new RebuildView(false, ComputedOnRead.Message(store), []);
        }

        if (request.Name is { } name && !daemon.Names.Contains(name, StringComparer.Ordinal))
        {
            throw new ArgumentException($"Unknown projection '{name}'. Projections: {string.Join(", ", daemon.Names)}.");
        }

        var rebuilt = new List<RebuiltProjection>();
        foreach (var projection in request.Name is null ? daemon.Names : [request.Name])
        {
            var progress = request.Progress is { } report ? new Relay(projection, report) : null;
            var status = await daemon.RebuildAsync(projection, progress, cancellationToken);
            var check = await daemon.CheckAgainstLogAsync(projection, cancellationToken);
            rebuilt.Add(new RebuiltProjection(
                projection, status.Position, status.Head, status.Status, status.Error, status.ErrorPosition, check.Rows, check.MatchesLog));
        }

        return new RebuildView(true, null, rebuilt);
    }

    /// <summary>Passes progress on at once, on the rebuilding thread (Progress&lt;T&gt; would post it, out of order).</summary>
    private sealed class Relay(string name, IProgress<RebuildProgress> target) : IProgress<(long Done, long Total)>
    {
        public void Report((long Done, long Total) value) => target.Report(new RebuildProgress(name, value.Done, value.Total));
    }
}
