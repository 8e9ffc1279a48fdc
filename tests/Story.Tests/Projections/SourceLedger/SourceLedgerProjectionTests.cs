using Story.Projections;
using Story.Tests.Projections.Support;
using static Story.Tests.Projections.Support.StoryFacts;

namespace Story.Tests.Projections;

public sealed class SourceLedgerProjectionTests
{
    [Fact]
    public void From_Story_ReportsByPublicationWithWhatEachContributed()
    {
        // Given a story where each report did something different
        var log = new FactLog().With(
            Report("ap", "AP", 2),
            Report("reuters", "Reuters", 1),
            Claim("framework", "reuters", "A plan exists.", 1),
            Claim("summit", "reuters", "Leaders will meet.", 1),
            Corroborate("framework", "ap", 2),
            Dispute("summit", "ap", 2),
            Report("bbc", "BBC", 3),
            Correct("framework", "A draft plan exists.", 3, "bbc"),
            Retract("summit", 3, "bbc"));

        // When the ledger is derived
        var ledger = SourceLedgerProjection.From(Folding.Story(log.Facts));

        // Then reports run by publication and each lists its contributions
        Assert.Equal(["reuters", "ap", "bbc"], ledger.Reports.Select(r => r.Report.ReportId));
        var (reuters, ap, bbc) = (ledger.Reports[0], ledger.Reports[1], ledger.Reports[2]);
        Assert.Equal(["framework", "summit"], reuters.FirstReported);
        Assert.Empty(reuters.Corroborated);
        Assert.Equal(["framework"], ap.Corroborated);
        Assert.Equal(["summit"], ap.Disputed);
        Assert.Equal(["framework"], bbc.Corrected);
        Assert.Equal(["summit"], bbc.Retracted);
        Assert.Empty(bbc.FirstReported);
    }

    [Fact]
    public void From_LateArrivingEarlierReport_TakesFirstReportFromTheAppendedFirst()
    {
        // Given Reuters reported first in the log, then an earlier-published AP report was linked
        var log = new FactLog().With(
            Report("reuters", "Reuters", 3),
            Claim("framework", "reuters", "A plan exists.", 3),
            Report("ap", "AP", 1),
            Corroborate("framework", "ap", 1));

        // When the ledger is derived
        var ledger = SourceLedgerProjection.From(Folding.Story(log.Facts));

        // Then AP is credited as first and Reuters as corroborating
        var ap = ledger.Reports.Single(r => r.Report.ReportId == "ap");
        var reuters = ledger.Reports.Single(r => r.Report.ReportId == "reuters");
        Assert.Equal(["framework"], ap.FirstReported);
        Assert.Empty(ap.Corroborated);
        Assert.Equal(["framework"], reuters.Corroborated);
        Assert.Empty(reuters.FirstReported);
        Assert.Equal("ap", ledger.Reports[0].Report.ReportId);
    }
}
