using MediatR;
using Story.Projections;
using Story.Store;

namespace Story.Application.Querying;

/// <summary>What changed in the story between two moments on the same axis.</summary>
public sealed record GetStoryDiff(Moment From, Moment To) : IRequest<StoryDiffView>;

/// <summary>The JSON shape of <c>story diff --json</c> and <c>GET /api/story/diff</c>.</summary>
public sealed record StoryDiffView(MomentView From, MomentView To, StoryDiff Changes);

public sealed class GetStoryDiffHandler(IEventStore store) : IRequestHandler<GetStoryDiff, StoryDiffView>
{
    public async Task<StoryDiffView> Handle(GetStoryDiff request, CancellationToken cancellationToken)
    {
        var facts = await StoryFacts.LoadAsync(store, cancellationToken);
        var before = StoryStateProjection.Instance.Fold(facts.AsOf(request.From));
        var after = StoryStateProjection.Instance.Fold(facts.AsOf(request.To));
        return new StoryDiffView(MomentView.Of(request.From), MomentView.Of(request.To), StoryDiff.Between(before, after));
    }
}
