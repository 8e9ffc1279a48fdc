using MediatR;
using Story.Application.Projections;
using Story.Projections;
using Story.Store;

namespace Story.Application.Querying;

/// <summary>The story as it stood at a moment.</summary>
public sealed record GetStoryState(Moment Moment) : IRequest<StoryStateView>;

/// <summary>How many claims stand in each status.</summary>
public sealed record StatusTotals(int Claims, int Reported, int Corroborated, int Disputed, int Corrected, int Retracted, int Reports);

/// <summary>The JSON shape of <c>story state --json</c> and <c>GET /api/story</c>.</summary>
public sealed record StoryStateView(MomentView Moment, StatusTotals Totals, IReadOnlyList<ClaimState> Claims, IReadOnlyList<ReportSummary> Reports, long LastPosition);

public sealed class GetStoryStateHandler(IEventStore store, IReadModel? readModel = null) : IRequestHandler<GetStoryState, StoryStateView>
{
    public async Task<StoryStateView> Handle(GetStoryState request, CancellationToken cancellationToken)
    {
        var state = await StoryStates.AtAsync(store, request.Moment, readModel, cancellationToken);
        return StoryStates.View(request.Moment, state);
    }
}
