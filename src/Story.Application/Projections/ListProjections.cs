using MediatR;
using Story.Store;

namespace Story.Application.Projections;

/// <summary>Each projection's checkpoint, lag and status, as the daemon left them (this does not catch up first).</summary>
public sealed record ListProjections : IRequest<ProjectionsView>;

/// <summary>The JSON shape of <c>story projections --json</c>. Without a daemon, <c>Message</c> says why there is nothing to list.</summary>
public sealed record ProjectionsView(bool Daemon, string? Message, IReadOnlyList<ProjectionStatusView> Projections);

public sealed class ListProjectionsHandler(IEventStore store, IProjectionDaemon? daemon = null) : IRequestHandler<ListProjections, ProjectionsView>
{
    public async Task<ProjectionsView> Handle(ListProjections request, CancellationToken cancellationToken) =>
        daemon is null
            ? new ProjectionsView(false, ComputedOnRead.Message(store), [])
            : new ProjectionsView(true, null, await daemon.GetStatusesAsync(cancellationToken));
}
