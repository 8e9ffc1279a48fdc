using Story.Application.Projections;
using Story.Projections;
using Story.Store;

namespace Story.Application.Querying;

/// <summary>The story state at a moment: folded from the log, or for the latest moment read from a read model when there is one.</summary>
public static class StoryStates
{
    public static async Task<StoryState> AtAsync(IEventReader reader, Moment moment, CancellationToken cancellationToken)
    {
        var facts = await StoryFacts.LoadAsync(reader, cancellationToken);
        return StoryStateProjection.Instance.Fold(facts.AsOf(moment));
    }

    /// <summary>
    /// With a read model and the latest moment: the read model's state, plus the facts recorded after its checkpoint
    /// (usually none), so the answer is the fold of the whole log even while the daemon lags or rebuilds.
    /// Any other moment is folded from the log, which is the only thing that knows the past.
    /// </summary>
    public static async Task<StoryState> AtAsync(IEventReader reader, Moment moment, IReadModel? readModel, CancellationToken cancellationToken)
    {
        if (readModel is null || !moment.IsLatest)
        {
            return await AtAsync(reader, moment, cancellationToken);
        }

        var snapshot = await readModel.ReadStoryStateAsync(cancellationToken);
        var tail = await StoryFacts.LoadAsync(reader, snapshot.Position, cancellationToken);
        return StoryStateProjection.Instance.FoldFrom(snapshot.State, tail);
    }

    public static StoryStateView View(Moment moment, StoryState state)
    {
        var claims = state.ClaimsInOrder().ToList();
        var totals = new StatusTotals(
            claims.Count,
            claims.Count(c => c.Status == ClaimStatus.Reported),
            claims.Count(c => c.Status == ClaimStatus.Corroborated),
            claims.Count(c => c.Status == ClaimStatus.Disputed),
            claims.Count(c => c.Status == ClaimStatus.Corrected),
            claims.Count(c => c.Status == ClaimStatus.Retracted),
            state.Reports.Count);
        var reports = state.Reports.Values.OrderBy(r => r.PublishedAt).ThenBy(r => r.Position).ToList();
        return new StoryStateView(MomentView.Of(moment), totals, claims, reports, state.LastPosition);
    }
}
