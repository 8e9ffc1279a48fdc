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

    /// <summary>The claim a fact is about; null for a report.</summary>
    public static string? ClaimOf(Fact fact) => fact switch
    {
        ClaimReported f => f.ClaimId,
        ClaimCorroborated f => f.ClaimId,
        ClaimDisputed f => f.ClaimId,
        ClaimCorrected f => f.ClaimId,
        ClaimRetracted f => f.ClaimId,
        _ => null,
    };

    /// <summary>The report a fact cites or is; null for a desk correction or retraction.</summary>
    public static string? ReportOf(Fact fact) => fact switch
    {
        ReportPublished f => f.ReportId,
        ClaimReported f => f.ReportId,
        ClaimCorroborated f => f.ReportId,
        ClaimDisputed f => f.ReportId,
        ClaimCorrected f => f.ReportId,
        ClaimRetracted f => f.ReportId,
        _ => null,
    };
}
