using Story.Projections;

namespace Story.Application.Querying.AsOf;

/// <summary>The first page of a story at a moment: totals by status and the first claims in story order.</summary>
public sealed record StoryPage(Moment Moment, StatusTotals Totals, IReadOnlyList<ClaimState> Claims, long LastPosition);
