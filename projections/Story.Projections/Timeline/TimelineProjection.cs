namespace Story.Projections;

/// <summary>Derives the timeline from a story state; it inherits the state's independence from fold order.</summary>
public static class TimelineProjection
{
    public static Timeline From(StoryState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var dated = state.Claims.Values
            .Where(c => c.OccurredAt is not null)
            .OrderBy(c => c.OccurredAt!.Value)
            .ThenBy(c => c.ClaimId, StringComparer.Ordinal)
            .Select(Entry)
            .ToList();
        var undated = state.ClaimsInOrder()
            .Where(c => c.OccurredAt is null)
            .Select(Entry)
            .ToList();
        return new Timeline(dated, undated);
    }

    private static TimelineEntry Entry(ClaimState claim) =>
        new(claim.ClaimId, claim.Statement, claim.OccurredAt, claim.Status, claim.ReportCount, claim.FirstReportId);
}
