using MediatR;
using Story.Application.Projections;
using Story.Projections;
using Story.Store;

namespace Story.Application.Querying;

/// <summary>The claims in the order things happened, at a moment.</summary>
public sealed record GetTimeline(Moment Moment) : IRequest<TimelineView>;

/// <summary>The JSON shape of <c>story timeline --json</c> and <c>GET /api/timeline</c>.</summary>
public sealed record TimelineView(MomentView Moment, Timeline Timeline);

public sealed class GetTimelineHandler(IEventStore store, IReadModel? readModel = null) : IRequestHandler<GetTimeline, TimelineView>
{
    public async Task<TimelineView> Handle(GetTimeline request, CancellationToken cancellationToken)
    {
        var state = await StoryStates.AtAsync(store, request.Moment, readModel, cancellationToken);
        return new TimelineView(MomentView.Of(request.Moment), TimelineProjection.From(state));
    }
}
