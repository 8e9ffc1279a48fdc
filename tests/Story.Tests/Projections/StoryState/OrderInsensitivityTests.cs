using Story.Projections;
using Story.Tests.Projections.Support;

namespace Story.Tests.Projections;

public sealed class OrderInsensitivityTests
{
    [Fact]
    public void Fold_PositionOrderAndReportedOrder_GiveTheSameState()
    {
        var facts = SampleStory.Build().Facts;

        var byPosition = Folding.Story(facts);
        var byReportedTime = Folding.Story(Folding.ByReportedTime(facts));

        Folding.AssertSameContent(byPosition, byReportedTime);
        Assert.Equal("axios-1", byPosition.Claims["framework"].FirstReportId);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    [InlineData(2025)]
    [InlineData(65537)]
    public void Fold_ShuffledFacts_GiveTheSameState(int seed)
    {
        var facts = SampleStory.Build().Facts;

        var shuffled = Folding.Story(Folding.Shuffled(facts, seed));

        Folding.AssertSameContent(Folding.Story(facts), shuffled);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(11)]
    [InlineData(99)]
    public void Fold_ShuffledFacts_DerivedViewsAreTheSame(int seed)
    {
        var facts = SampleStory.Build().Facts;
        var inOrder = Folding.Story(facts);
        var shuffled = Folding.Story(Folding.Shuffled(facts, seed));

        Folding.AssertSameContent(TimelineProjection.From(inOrder), TimelineProjection.From(shuffled));
        Folding.AssertSameContent(SourceLedgerProjection.From(inOrder), SourceLedgerProjection.From(shuffled));
        Assert.True(StoryDiff.Between(inOrder, shuffled).IsEmpty);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(13)]
    public void FoldClaimAudit_ShuffledFacts_GiveTheSameAudits(int seed)
    {
        var facts = SampleStory.Build().Facts;

        var inOrder = ClaimAuditProjection.Instance.Fold(facts);
        var shuffled = ClaimAuditProjection.Instance.Fold(Folding.Shuffled(facts, seed));

        Folding.AssertSameContent(inOrder, shuffled);
    }

    [Fact]
    public void Fold_SampleStory_HasNoPendingEvidenceOnceEveryFactIsIn()
    {
        var state = Folding.Story(SampleStory.Build().Facts);

        Assert.Empty(state.Pending);
        Assert.DoesNotContain(state.Claims.Values, c => c.IsProvisional);
    }
}
