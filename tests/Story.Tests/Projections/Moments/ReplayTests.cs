using Story.Projections;
using Story.Tests.Projections.Support;
using static Story.Tests.Projections.Support.StoryFacts;

namespace Story.Tests.Projections;

public sealed class ReplayTests
{
    [Fact]
    public void FoldAsOf_LateRecordedReport_ShowsOnReportedAxisButNotRecordedAxis()
    {
        // Given Reuters reports a claim at hour 1 (recorded at once), and an AP report from hour 0 is recorded at hour 12
        var log = new FactLog(At(1));
        log.Record(Report("reuters", "Reuters", 1), At(1));
        log.Record(Claim("framework", "reuters", "The U.S. drafted a 28-point plan.", 1), At(1));
        log.Record(Report("ap", "AP", 0), At(12));
        log.Record(Corroborate("framework", "ap", 0), At(12));

        // When the story is replayed to hour 6 on both axes
        var published = StoryStateProjection.Instance.FoldAsOf(log.Facts, Moment.Reported(At(6)));
        var known = StoryStateProjection.Instance.FoldAsOf(log.Facts, Moment.Recorded(At(6)));

        // Then by publication AP was already first, while Story at that time knew only Reuters
        Assert.Equal("ap", published.Claims["framework"].FirstReportId);
        Assert.Equal(ClaimStatus.Corroborated, published.Claims["framework"].Status);
        Assert.Equal("reuters", known.Claims["framework"].FirstReportId);
        Assert.Equal(ClaimStatus.Reported, known.Claims["framework"].Status);
    }

    [Fact]
    public void FoldAsOf_ReportedMomentBetweenLateCorroborationAndClaim_ClaimVisibleAsProvisional()
    {
        // Given the claim was first published by a late-recorded AP report (hour 0), and Reuters' ClaimReported is from hour 3
        var log = new FactLog(At(3));
        log.With(Report("reuters", "Reuters", 3), Claim("framework", "reuters", "The U.S. drafted a 28-point plan.", 3));
        log.With(Report("ap", "AP", 0), Corroborate("framework", "ap", 0, "a 28-point U.S. blueprint"));

        // When replayed to hour 1 on the reported axis
        var state = StoryStateProjection.Instance.FoldAsOf(log.Facts, Moment.Reported(At(1)));

        // Then the claim AP made is there, provisionally, in AP's own words
        var claim = Assert.Single(state.Claims.Values);
        Assert.True(claim.IsProvisional);
        Assert.Equal("a 28-point U.S. blueprint", claim.Statement);
        Assert.Equal("AP", claim.FirstSource);
    }
}
