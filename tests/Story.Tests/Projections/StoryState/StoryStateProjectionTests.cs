using Story.Projections;
using Story.Tests.Projections.Support;
using static Story.Tests.Projections.Support.StoryFacts;

namespace Story.Tests.Projections;

public sealed class StoryStateProjectionTests
{
    [Fact]
    public void Fold_ReportAndClaim_ClaimHasStatementSourceLabelAndReportedStatus()
    {
        // Given a report and the claim it makes
        var log = new FactLog().With(
            Report("reuters-1", "Reuters", 1),
            Claim("framework", "reuters-1", "The U.S. drafted a 28-point plan.", 1, Day(19)));

        // When folded
        var state = Folding.Story(log.Facts);

        // Then the claim carries the report's outlet label and its own details
        var claim = state.Claims["framework"];
        Assert.Equal("The U.S. drafted a 28-point plan.", claim.Statement);
        Assert.Equal(claim.Statement, claim.OriginalStatement);
        Assert.Equal(ClaimStatus.Reported, claim.Status);
        Assert.Equal(["Ukraine"], claim.Entities);
        Assert.Equal(Day(19), claim.OccurredAt);
        Assert.Equal(("reuters-1", "Reuters", At(1)), (claim.FirstReportId, claim.FirstSource, claim.FirstReportedAt));
        var source = Assert.Single(claim.Sources);
        Assert.Equal(("Reuters", ClaimSource.ReportedKind, 2L), (source.Source, source.Kind, source.Position));
        Assert.Equal(1, claim.ReportCount);
        Assert.False(claim.IsProvisional);
    }

    [Fact]
    public void Fold_ReportPublished_SummaryKeepsMetadataAndEnvelope()
    {
        var log = new FactLog();
        var recorded = log.Record(Report("reuters-1", "Reuters", 1));

        var state = Folding.Story(log.Facts);

        var report = state.Reports["reuters-1"];
        Assert.Equal(("Reuters", "Reuters on the plan", At(1), "hash-reuters-1"), (report.Source, report.Title, report.PublishedAt, report.ContentHash));
        Assert.Equal((recorded.Position, recorded.RecordedAt), (report.Position, report.RecordedAt));
        Assert.Equal(recorded.Position, state.LastPosition);
    }

    [Fact]
    public void Fold_CorroborationFromAnotherReport_SourcesInReportedOrderAndTwoReports()
    {
        // Given a claim corroborated by a second outlet
        var log = new FactLog().With(
            Report("reuters-1", "Reuters", 1),
            Claim("framework", "reuters-1", "The U.S. drafted a 28-point plan.", 1),
            Report("ap-1", "AP", 2),
            Corroborate("framework", "ap-1", 2));

        // When folded
        var claim = Folding.Story(log.Facts).Claims["framework"];

        // Then both reports back it
        Assert.Equal(["Reuters", "AP"], claim.Sources.Select(s => s.Source));
        Assert.Equal([ClaimSource.ReportedKind, ClaimSource.CorroboratedKind], claim.Sources.Select(s => s.Kind));
        Assert.Equal(2, claim.ReportCount);
    }

    [Fact]
    public void Fold_SameReportQuotedTwice_CountsAsOneReport()
    {
        var log = new FactLog().With(
            Report("reuters-1", "Reuters", 1),
            Claim("framework", "reuters-1", "The U.S. drafted a 28-point plan.", 1),
            Corroborate("framework", "reuters-1", 1, "the plan, again"));

        var claim = Folding.Story(log.Facts).Claims["framework"];

        Assert.Equal(2, claim.Sources.Count);
        Assert.Equal(1, claim.ReportCount);
        Assert.Equal(ClaimStatus.Reported, claim.Status);
    }

    [Fact]
    public void Fold_TwoCorrectionsRecordedOutOfOrder_StatementIsTheLatestByReportedTime()
    {
        // Given a later-published correction recorded before an earlier-published one
        var log = new FactLog().With(
            Report("kyiv-1", "Kyiv Independent", 1),
            Claim("army-cap", "kyiv-1", "The plan caps Ukraine's army at 600,000.", 1),
            Correct("army-cap", "The plan caps Ukraine's army at 800,000.", 9),
            Correct("army-cap", "The plan caps Ukraine's army at 700,000.", 5));

        // When folded
        var claim = Folding.Story(log.Facts).Claims["army-cap"];

        // Then the statement is the one published last, and the original is kept
        Assert.Equal("The plan caps Ukraine's army at 800,000.", claim.Statement);
        Assert.Equal("The plan caps Ukraine's army at 600,000.", claim.OriginalStatement);
        Assert.Equal([At(5), At(9)], claim.Corrections.Select(c => c.ReportedAt));
    }

    [Fact]
    public void Fold_DeskCorrection_KeepsActorAndHasNoSource()
    {
        var log = new FactLog().With(Report("kyiv-1", "Kyiv Independent", 1), Claim("army-cap", "kyiv-1", "600,000.", 1));
        log.Record(Correct("army-cap", "800,000.", 2), actor: "desk:anna");

        var correction = Assert.Single(Folding.Story(log.Facts).Claims["army-cap"].Corrections);

        Assert.Equal(("desk:anna", null, null), (correction.Actor, correction.ReportId, correction.Source));
    }

    [Fact]
    public void Fold_ReportPublishedAfterItsClaims_LabelsEverySourceWithTheOutlet()
    {
        // Given facts citing a report whose ReportPublished is folded last
        var log = new FactLog().With(
            Report("reuters-1", "Reuters", 1),
            Claim("framework", "reuters-1", "The U.S. drafted a 28-point plan.", 1),
            Corroborate("framework", "ap-1", 2),
            Dispute("framework", "ap-1", 2),
            Report("ap-1", "AP", 2));
        var beforeReport = Folding.Story(log.Facts.Take(4));

        // When the report is folded
        var claim = Folding.Story(log.Facts).Claims["framework"];

        // Then until then the report id stood in for its label, and afterwards the label is everywhere
        Assert.Equal("ap-1", beforeReport.Claims["framework"].Sources[1].Source);
        Assert.Equal("AP", claim.Sources[1].Source);
        Assert.Equal("AP", claim.Disputes[0].Source);
    }

    [Fact]
    public void Fold_SecondReportPublishedWithSameId_FirstRecordedWins()
    {
        var log = new FactLog().With(Report("r1", "Reuters", 1), Report("r1", "Reuters (re-import)", 1));

        var state = Folding.Story(log.Facts);

        Assert.Equal(("Reuters", 1L), (state.Reports["r1"].Source, state.Reports["r1"].Position));
        Assert.Equal(2, state.LastPosition);
    }

    [Fact]
    public void Apply_SameFactTwice_StateUnchanged()
    {
        // Given a folded story, and a live feed that re-delivers its facts
        var log = new FactLog().With(
            Report("reuters-1", "Reuters", 1),
            Claim("framework", "reuters-1", "The U.S. drafted a 28-point plan.", 1),
            Report("ap-1", "AP", 2),
            Corroborate("framework", "ap-1", 2),
            Dispute("framework", "ap-1", 3),
            Correct("framework", "The U.S. drafted a 27-point plan.", 4),
            Retract("framework", 5));
        var once = Folding.Story(log.Facts);

        // When every fact is folded again
        var twice = StoryStateProjection.Instance.FoldFrom(once, log.Facts);

        // Then nothing is counted twice
        Folding.AssertSameContent(once, twice);
    }

    [Fact]
    public void Apply_AnyFact_LeavesTheInputStateUntouched()
    {
        var log = new FactLog().With(Report("reuters-1", "Reuters", 1), Claim("framework", "reuters-1", "A plan.", 1));
        var before = Folding.Story(log.Facts);
        var snapshot = ProjectionJson.Serialize(before);

        foreach (var fact in new FactLog().With(
            Report("ap-1", "AP", 2), Corroborate("framework", "ap-1", 2), Dispute("framework", "ap-1", 2),
            Correct("framework", "A new plan.", 3), Retract("framework", 4), Claim("other", "ap-1", "Other.", 2)).Facts)
        {
            _ = StoryStateProjection.Instance.Apply(before, fact);
        }

        Assert.Equal(snapshot, ProjectionJson.Serialize(before));
    }

    [Fact]
    public void ClaimsInOrder_ClaimsRecordedInAnyOrder_AreByFirstReportTime()
    {
        var log = new FactLog().With(
            Report("r1", "Reuters", 1),
            Report("r2", "AP", 2),
            Claim("third", "r2", "Third.", 5),
            Claim("first", "r1", "First.", 1),
            Claim("second", "r2", "Second.", 2));

        var order = Folding.Story(log.Facts).ClaimsInOrder().Select(c => c.ClaimId);

        Assert.Equal(["first", "second", "third"], order);
    }
}
