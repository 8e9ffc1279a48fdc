using MediatR;
using Story.Application.Projections;
using Story.Projections;
using Story.Store;

namespace Story.Application.Querying;

/// <summary>What each report contributed, at a moment.</summary>
public sealed record GetSources(Moment Moment) : IRequest<SourcesView>;

/// <summary>The JSON shape of <c>story sources --json</c> and <c>GET /api/sources</c>.</summary>
public sealed record SourcesView(MomentView Moment, SourceLedger Ledger);

public sealed class GetSourcesHandler(IEventStore store, IReadModel? readModel = null) : IRequestHandler<GetSources, SourcesView>
{
    public async Task<SourcesView> Handle(GetSources request, CancellationToken cancellationToken)
    {
        var state = await StoryStates.AtAsync(store, request.Moment, readModel, cancellationToken);
        return new SourcesView(MomentView.Of(request.Moment), SourceLedgerProjection.From(state));
    }
}
