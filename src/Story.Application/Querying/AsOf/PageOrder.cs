using Story.Facts;
using Story.Projections;

namespace Story.Application.Querying.AsOf;

/// <summary>The story page's order (as <see cref="StoryState.ClaimsInOrder"/>): first report time, first log position, id.</summary>
internal static class PageOrder
{
    public static int Compare(ClaimState left, ClaimState right)
    {
        var byTime = left.FirstReportedAt.CompareTo(right.FirstReportedAt);
        if (byTime != 0)
        {
            return byTime;
        }

        var byPosition = left.Sources[0].Position.CompareTo(right.Sources[0].Position);
        return byPosition != 0 ? byPosition : string.CompareOrdinal(left.ClaimId, right.ClaimId);
    }
}
