using MediatR;

namespace Story.Application.Projections;

/// <summary>Brings every read model up to the head of the log before a query reads it; nothing to do without a daemon.</summary>
public sealed record CatchUpProjections : IRequest<IReadOnlyList<ProjectionStatusView>>;

public sealed class CatchUpProjectionsHandler(IProjectionDaemon? daemon = null) : IRequestHandler<CatchUpProjections, IReadOnlyList<ProjectionStatusView>>
{
    public async Task<IReadOnlyList<ProjectionStatusView>> Handle(CatchUpProjections request, CancellationToken cancellationToken) =>
        daemon is null ? [] : await daemon.CatchUpAsync(cancellationToken);
}
