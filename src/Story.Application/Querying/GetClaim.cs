using MediatR;
using Story.Application.Projections;
using Story.Projections;
using Story.Store;

namespace Story.Application.Querying;

/// <summary>One claim as it stood at a moment.</summary>
public sealed record GetClaim(string ClaimId, Moment Moment) : IRequest<ClaimView>;

/// <summary>The JSON shape of <c>GET /api/claims/{id}</c>.</summary>
public sealed record ClaimView(MomentView Moment, ClaimState Claim);

public sealed class GetClaimHandler(IEventStore store, IReadModel? readModel = null) : IRequestHandler<GetClaim, ClaimView>
{
    public async Task<ClaimView> Handle(GetClaim request, CancellationToken cancellationToken)
    {
        var state = await StoryStates.AtAsync(store, request.Moment, readModel, cancellationToken);
        return state.Claims.TryGetValue(request.ClaimId, out var claim)
            ? new ClaimView(MomentView.Of(request.Moment), claim)
            : throw new NotFoundException($"No claim '{request.ClaimId}' at {request.Moment}.");
    }
}
