using System.Runtime.CompilerServices;
using MediatR;
using Story.Entities;
using Story.Facts;
using Story.Store;

namespace Story.Application.Following;

/// <summary>
/// New facts as they are appended: catches up after <paramref name="AfterPosition"/> (a negative value means
/// "from the current end"), then stays live until cancelled.
/// </summary>
public sealed record FollowFacts(long AfterPosition, FactFilter Filter) : IRequest<IAsyncEnumerable<RecordedFact>>;

public sealed class FollowFactsHandler(IEventStore store, Gazetteer gazetteer) : IRequestHandler<FollowFacts, IAsyncEnumerable<RecordedFact>>
{
    public Task<IAsyncEnumerable<RecordedFact>> Handle(FollowFacts request, CancellationToken cancellationToken) =>
        Task.FromResult(FollowAsync(request, cancellationToken));

    private async IAsyncEnumerable<RecordedFact> FollowAsync(FollowFacts request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var after = request.AfterPosition < 0 ? await store.GetHeadPositionAsync(cancellationToken) : request.AfterPosition;
        var index = new FollowIndex(gazetteer);
        var filter = new SubscriptionFilter(StoryStreams.Prefix);
        if (!request.Filter.IsEmpty && after > 0)
        {
            // Facts before the resume point still tell which claim has which entities and which report which source.
            await foreach (var e in store.ReadAllAsync(0, cancellationToken))
            {
                if (e.Position > after)
                {
                    break;
                }

                if (filter.Matches(e) && FactTypes.TryGetType(e.EventType, out _))
                {
                    index.Observe(FactJson.Deserialize(e.EventType, e.Data));
                }
            }
        }

        await foreach (var e in store.SubscribeAsync(after, filter, cancellationToken))
        {
            if (!FactTypes.TryGetType(e.EventType, out _))
            {
                continue;
            }

            var fact = FactJson.ToRecordedFact(e);
            index.Observe(fact.Fact);
            if (request.Filter.Matches(fact.Fact, index))
            {
                yield return fact;
            }
        }
    }
}
