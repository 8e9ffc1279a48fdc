using MediatR;
using Story.Projections;
using Story.Store;

namespace Story.Application.Querying;

/// <summary>What each report contributed, at a moment.</summary>
public sealed record GetSources(Moment Moment) : IRequest<SourcesView>;

/// <summary>The JSON shape of <c>story sources --json</c> and <c>GET /api/sources</c>.</summary>
public sealed record SourcesView(MomentView Moment, SourceLedger Ledger);

public sealed class GetSourcesHandler(IEventStore store) : IRequestHandler<GetSources, SourcesView>
{
    public async Task<SourcesView> Handle(GetSources request, CancellationToken cancellationToken)
    {
        var state = await StoryStates.AtAsync(store, request.Moment, cancellationToken);
        return new SourcesView(MomentView.Of(request.Moment), SourceLedgerProjection.From(state));
    }
}
