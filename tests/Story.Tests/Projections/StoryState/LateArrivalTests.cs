using Story.Projections;
using Story.Tests.Projections.Support;
using static Story.Tests.Projections.Support.StoryFacts;

namespace Story.Tests.Projections;

public sealed class LateArrivalTests
{
    private const string Statement = "The U.S. drafted a 28-point plan.";

    [Fact]
    public void Fold_ReportPublishedEarlierButRecordedLater_BecomesTheClaimsFirstReport()
    {
        // Given Reuters made the claim at hour 3, then an AP report from hour 1 was imported and linked to it
        var log = new FactLog().With(
            Report("reuters", "Reuters", 3),
            Claim("framework", "reuters", Statement, 3),
            Report("ap", "AP", 1),
            Corroborate("framework", "ap", 1));

        // When folded in log order
        var claim = Folding.Story(log.Facts).Claims["framework"];

        // Then AP, published first, is the first report, and the statement is still the reported one
        Assert.Equal(("ap", "AP", At(1)), (claim.FirstReportId, claim.FirstSource, claim.FirstReportedAt));
        Assert.Equal(["ap", "reuters"], claim.Sources.Select(s => s.ReportId));
        Assert.Equal(Statement, claim.Statement);
        Assert.False(claim.IsProvisional);
    }

    [Fact]
    public void Fold_CorroborationBeforeItsClaimReported_ClaimIsProvisionalWithTheQuote()
    {
        // Given only the corroboration of a claim has been folded (the reported axis puts an earlier report first)
        var log = new FactLog().With(Report("ap", "AP", 1), Corroborate("framework", "ap", 1, "a 28-point U.S. blueprint"));

        // When folded
        var claim = Folding.Story(log.Facts).Claims["framework"];

        // Then the claim shows, marked provisional, in the report's own words, without entities or date
        Assert.True(claim.IsProvisional);
        Assert.Equal("a 28-point U.S. blueprint", claim.Statement);
        Assert.Empty(claim.Entities);
        Assert.Null(claim.OccurredAt);
        Assert.Equal("ap", claim.FirstReportId);
    }

    [Fact]
    public void Fold_ClaimReportedAfterCorroboration_ReplacesProvisionalStatementAsIfInLogOrder()
    {
        // Given the log order (claim, then late corroboration) and the reported order (corroboration first)
        var log = new FactLog().With(
            Report("reuters", "Reuters", 3),
            Claim("framework", "reuters", Statement, 3, Day(19)),
            Report("ap", "AP", 1),
            Corroborate("framework", "ap", 1, "a 28-point U.S. blueprint"));

        // When folded both ways
        var byPosition = Folding.Story(log.Facts);
        var byReportedTime = Folding.Story(Folding.ByReportedTime(log.Facts));

        // Then the ClaimReported supplied statement, entities and date, and both replays agree
        var claim = byReportedTime.Claims["framework"];
        Assert.False(claim.IsProvisional);
        Assert.Equal((Statement, Day(19)), (claim.Statement, claim.OccurredAt));
        Assert.Equal(["Ukraine"], claim.Entities);
        Folding.AssertSameContent(byPosition, byReportedTime);
    }

    [Fact]
    public void Fold_DisputeOfClaimNotYetReported_WaitsAndJoinsTheClaimWhenItArrives()
    {
        // Given a dispute folded before the claim it disputes
        var log = new FactLog().With(Report("tass", "TASS", 1), Dispute("framework", "tass", 1));
        var waiting = Folding.Story(log.Facts);
        log.With(Report("reuters", "Reuters", 2), Claim("framework", "reuters", Statement, 2));

        // When the claim arrives
        var state = Folding.Story(log.Facts);

        // Then the dispute waited out of the claims, then made the claim disputed
        Assert.Empty(waiting.Claims);
        Assert.Single(waiting.Pending["framework"].Disputes);
        Assert.Empty(state.Pending);
        Assert.Equal(ClaimStatus.Disputed, state.Claims["framework"].Status);
        Assert.Equal("TASS", Assert.Single(state.Claims["framework"].Disputes).Source);
    }

    [Fact]
    public void Fold_CorrectionAndRetractionOfUnknownClaim_DoNotThrowAndApplyOnArrival()
    {
        var log = new FactLog().With(
            Correct("framework", "The U.S. drafted a 27-point plan.", 4),
            Retract("framework", 5),
            Report("reuters", "Reuters", 2),
            Corroborate("framework", "reuters", 2));

        var claim = Folding.Story(log.Facts).Claims["framework"];

        Assert.Equal(ClaimStatus.Retracted, claim.Status);
        Assert.Equal("The U.S. drafted a 27-point plan.", claim.Statement);
    }

    [Fact]
    public void Fold_TwoClaimReportedForOneClaim_EarliestPublishedSuppliesTheStatement()
    {
        // Given two reports each "first" reporting the same claim, the earlier one recorded second
        var log = new FactLog().With(
            Report("reuters", "Reuters", 3),
            Claim("framework", "reuters", "Reuters' wording.", 3),
            Report("ap", "AP", 1),
            Claim("framework", "ap", "AP's wording.", 1));

        // When folded
        var claim = Folding.Story(log.Facts).Claims["framework"];

        // Then the earliest published ClaimReported gives the statement, and both count
        Assert.Equal("AP's wording.", claim.OriginalStatement);
        Assert.Equal("ap", claim.FirstReportId);
        Assert.Equal(2, claim.ReportCount);
    }
}
