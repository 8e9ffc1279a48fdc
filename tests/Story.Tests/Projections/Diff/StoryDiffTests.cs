using Story.Projections;
using Story.Tests.Projections.Support;
using static Story.Tests.Projections.Support.StoryFacts;

namespace Story.Tests.Projections;

public sealed class StoryDiffTests
{
    private static StoryDiff DiffAcross(FactLog log, int splitAfterPosition)
    {
        var before = StoryStateProjection.Instance.FoldAsOf(log.Facts, Moment.AtPosition(splitAfterPosition));
        var after = Folding.Story(log.Facts);
        return StoryDiff.Between(before, after);
    }

    private static FactLog Reported() =>
        new FactLog().With(Report("r1", "Reuters", 1), Claim("framework", "r1", "A plan exists.", 1), Report("r2", "AP", 2));

    [Fact]
    public void Between_NewClaim_IsAddedOnly()
    {
        var log = Reported().With(Claim("summit", "r2", "Leaders will meet.", 2), Corroborate("summit", "r1", 2));

        var diff = DiffAcross(log, 3);

        var added = Assert.Single(diff.Added);
        Assert.Equal(new ClaimChange("summit", "Leaders will meet.", null, ClaimStatus.Corroborated, 0, 2), added);
        Assert.Empty(diff.NewlyCorroborated);
    }

    [Fact]
    public void Between_ExistingClaimGainsAReport_IsNewlyCorroborated()
    {
        var log = Reported().With(Corroborate("framework", "r2", 2));

        var diff = DiffAcross(log, 3);

        Assert.Equal(new ClaimChange("framework", "A plan exists.", ClaimStatus.Reported, ClaimStatus.Corroborated, 1, 2), Assert.Single(diff.NewlyCorroborated));
        Assert.Empty(diff.Added);
    }

    [Fact]
    public void Between_ExistingClaimQuotedAgainBySameReport_IsNotNewlyCorroborated()
    {
        var log = Reported().With(Corroborate("framework", "r1", 1, "the plan, again"));

        Assert.True(DiffAcross(log, 3).IsEmpty);
    }

    [Fact]
    public void Between_ExistingClaimDisputed_IsNewlyDisputed()
    {
        var log = Reported().With(Dispute("framework", "r2", 2));

        var diff = DiffAcross(log, 3);

        Assert.Equal(new ClaimChange("framework", "A plan exists.", ClaimStatus.Reported, ClaimStatus.Disputed, 1, 1), Assert.Single(diff.NewlyDisputed));
    }

    [Fact]
    public void Between_ExistingClaimCorrected_IsCorrectedWithTheNewStatement()
    {
        var log = Reported().With(Correct("framework", "A draft plan exists.", 3));

        var diff = DiffAcross(log, 3);

        Assert.Equal(new ClaimChange("framework", "A draft plan exists.", ClaimStatus.Reported, ClaimStatus.Corrected, 1, 1), Assert.Single(diff.Corrected));
    }

    [Fact]
    public void Between_ExistingClaimRetracted_IsRetracted()
    {
        var log = Reported().With(Retract("framework", 3, "r2"));

        var diff = DiffAcross(log, 3);

        Assert.Equal(ClaimStatus.Retracted, Assert.Single(diff.Retracted).After);
        Assert.Empty(diff.Added);
    }

    [Fact]
    public void Between_ClaimWithSeveralKindsOfNews_IsInEachList()
    {
        var log = Reported().With(Corroborate("framework", "r2", 2), Dispute("framework", "r2", 2));

        var diff = DiffAcross(log, 3);

        Assert.Single(diff.NewlyCorroborated);
        Assert.Single(diff.NewlyDisputed);
        Assert.Equal(ClaimStatus.Disputed, diff.NewlyDisputed[0].After);
    }

    [Fact]
    public void Between_SameMoment_IsEmpty()
    {
        var facts = SampleStory.Build().Facts;
        var moment = Moment.Reported(At(3));

        var diff = StoryDiff.Between(
            StoryStateProjection.Instance.FoldAsOf(facts, moment),
            StoryStateProjection.Instance.FoldAsOf(facts, moment));

        Assert.True(diff.IsEmpty);
    }

    [Fact]
    public void Between_TwoReportedMoments_ShowsWhatWasPublishedInBetween()
    {
        // Given the sample story, whose Axios report (hour 0.5) was recorded last
        var facts = SampleStory.Build().Facts;

        // When diffing hour 0.75 against hour 2.25 on the reported axis
        var diff = StoryDiff.Between(
            StoryStateProjection.Instance.FoldAsOf(facts, Moment.Reported(At(0.75))),
            StoryStateProjection.Instance.FoldAsOf(facts, Moment.Reported(At(2.25))));

        // Then Axios' claims were there already, and hours 1-2 added and corroborated the rest
        Assert.Equal(["territory", "army-cap"], diff.Added.Select(c => c.ClaimId));
        Assert.Equal(["framework"], diff.NewlyCorroborated.Select(c => c.ClaimId));
        Assert.Equal((1, 3), (diff.NewlyCorroborated[0].ReportsBefore, diff.NewlyCorroborated[0].ReportsAfter));
    }
}
