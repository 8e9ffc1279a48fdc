using Story.Projections;
using Story.Store;

namespace Story.Application.Querying;

/// <summary>Folds the story state at a moment from the log.</summary>
public static class StoryStates
{
    public static async Task<StoryState> AtAsync(IEventReader reader, Moment moment, CancellationToken cancellationToken)
    {
        var facts = await StoryFacts.LoadAsync(reader, cancellationToken);
        return StoryStateProjection.Instance.Fold(facts.AsOf(moment));
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
