using Story.Application.Querying;
using Story.Application.Querying.AsOf;
using Story.Bench.Generation;
using Story.Facts;
using Story.Projections;
using Story.Tests.Projections.Support;

namespace Story.Tests.Querying;

/// <summary>
/// The as-of index must answer exactly what folding the whole log at the moment answers: same page, same claim state,
/// same audit, on both axes, for a story with late reports, claims cited before their report and pending disputes.
/// </summary>
public sealed class AsOfIndexTests
{
    [Fact]
    public void Page_SampleStoryAtEveryHour_EqualsFoldOfWholeLog()
    {
        // Given
        var facts = SampleStory.Build().Facts;
        var index = AsOfIndex.Build(facts, snapshotEvery: 3, pageCapacity: 50);

        // When / Then
        foreach (var moment in Moments(facts))
        {
            AssertSamePage(facts, index, moment, 50);
        }
    }

    [Fact]
    public void Claim_SampleStoryAtEveryHour_EqualsFoldOfWholeLog()
    {
        // Given
        var facts = SampleStory.Build().Facts;
        var index = AsOfIndex.Build(facts, snapshotEvery: 3);

        // When / Then
        foreach (var moment in Moments(facts))
        {
            AssertSameClaims(facts, index, index.ClaimIds, moment);
        }
    }

    [Fact]
    public void Page_SyntheticStoryWithLateReports_EqualsFoldOfWholeLog()
    {
        // Given
        var facts = Synthetic(3_000);
        var index = AsOfIndex.Build(facts, snapshotEvery: 128, pageCapacity: 20);

        // When / Then
        foreach (var moment in Sample(Moments(facts), 60))
        {
            AssertSamePage(facts, index, moment, 20);
        }
    }

    [Fact]
    public void Claim_SyntheticStory_EqualsFoldOfWholeLog()
    {
        // Given
        var facts = Synthetic(2_000);
        var index = AsOfIndex.Build(facts);
        var claims = index.ClaimIds.Order(StringComparer.Ordinal).Where((_, i) => i % 25 == 0).ToList();

        // When / Then
        foreach (var moment in Sample(Moments(facts), 30))
        {
            AssertSameClaims(facts, index, claims, moment);
        }
    }

    [Fact]
    public void Add_FactsArrivingAfterBuildIncludingLateReports_PagesStillEqualFold()
    {
        // Given an index built on the first half, then fed the rest one fact at a time (as a subscription would)
        var facts = Synthetic(3_000);
        var index = AsOfIndex.Build(facts.Take(1_500), snapshotEvery: 100, pageCapacity: 10);

        // When
        foreach (var fact in facts.Skip(1_500))
        {
            index.Add(fact);
        }

        // Then
        Assert.Contains(facts.Skip(1_500), f => f.ReportedAt < facts[1_499].ReportedAt);
        foreach (var moment in Sample(Moments(facts), 60))
        {
            AssertSamePage(facts, index, moment, 10);
        }
    }

    [Fact]
    public void Page_MoreClaimsThanTheIndexKeeps_Throws()
    {
        // Given
        var index = AsOfIndex.Build(SampleStory.Build().Facts, pageCapacity: 5);

        // When / Then
        Assert.Throws<ArgumentOutOfRangeException>(() => index.Page(Moment.Latest, 6));
    }

    private static void AssertSamePage(IReadOnlyList<RecordedFact> facts, AsOfIndex index, Moment moment, int size)
    {
        var state = StoryStateProjection.Instance.Fold(facts.AsOf(moment));
        var view = StoryStates.View(moment, state);
        var expected = new StoryPage(moment, view.Totals, view.Claims.Take(size).ToList(), state.LastPosition);
        var actual = index.Page(moment, size);
        Assert.True(ProjectionJson.SameContent(expected, actual), $"Pages differ at {moment}:\n{ProjectionJson.Serialize(expected)}\n{ProjectionJson.Serialize(actual)}");
    }

    private static void AssertSameClaims(IReadOnlyList<RecordedFact> facts, AsOfIndex index, IEnumerable<string> claimIds, Moment moment)
    {
        var included = facts.AsOf(moment).ToList();
        var state = StoryStateProjection.Instance.Fold(included);
        var audits = ClaimAuditProjection.Instance.Fold(included);
        foreach (var claimId in claimIds)
        {
            var actual = index.Claim(claimId, moment);
            Assert.True(ProjectionJson.SameContent(state.Claims.GetValueOrDefault(claimId), actual.State), $"Claim {claimId} differs at {moment}.");
            Assert.True(ProjectionJson.SameContent(audits.GetValueOrDefault(claimId), actual.Audit), $"Audit of {claimId} differs at {moment}.");
        }
    }

    // About count moments spread evenly over all of them.
    private static IEnumerable<Moment> Sample(IEnumerable<Moment> moments, int count)
    {
        var all = moments.ToList();
        var step = Math.Max(1, all.Count / count);
        return all.Where((_, i) => i % step == 0);
    }

    // Every reported and recorded time a fact has, just before and at it, and the latest moment.
    private static IEnumerable<Moment> Moments(IReadOnlyList<RecordedFact> facts)
    {
        yield return Moment.Latest;
        foreach (var fact in facts)
        {
            yield return Moment.Reported(fact.ReportedAt);
            yield return Moment.Reported(fact.ReportedAt.AddTicks(-1));
            yield return Moment.Recorded(fact.RecordedAt);
        }
    }

    private static List<RecordedFact> Synthetic(int count)
    {
        var log = new FactLog();
        foreach (var generated in new SyntheticStory(seed: 7).Facts(count))
        {
            log.Record(generated.Fact);
        }

        return [.. log.Facts];
    }
}
