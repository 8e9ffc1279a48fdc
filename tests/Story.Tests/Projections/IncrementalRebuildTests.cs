using Story.Facts;
using Story.Projections;
using Story.Tests.Projections.Support;

namespace Story.Tests.Projections;

public sealed class IncrementalRebuildTests
{
    [Fact]
    public void StoryState_FoldedOneFactAtATime_EqualsAFullRebuildAtEveryPrefix() =>
        AssertIncrementalEqualsRebuild(StoryStateProjection.Instance);

    [Fact]
    public void ClaimAudit_FoldedOneFactAtATime_EqualsAFullRebuildAtEveryPrefix() =>
        AssertIncrementalEqualsRebuild(ClaimAuditProjection.Instance);

    [Fact]
    public void StoryState_CachedPrefixCaughtUp_EqualsAFullRebuild()
    {
        // Given a state cached after any prefix of the log
        var facts = SampleStory.Build().Facts;
        var full = Folding.Story(facts);

        for (var split = 0; split <= facts.Count; split++)
        {
            var cached = Folding.Story(facts.Take(split));

            // When it catches up with the rest
            var caughtUp = StoryStateProjection.Instance.FoldFrom(cached, facts.Skip(split));

            // Then it is the state a rebuild gives
            Folding.AssertSameContent(full, caughtUp);
        }
    }

    private static void AssertIncrementalEqualsRebuild<T>(IProjection<T> projection)
    {
        var facts = SampleStory.Build().Facts;
        var incremental = projection.Initial;
        var seen = new List<RecordedFact>();

        foreach (var fact in facts)
        {
            incremental = projection.Apply(incremental, fact);
            seen.Add(fact);
            Folding.AssertSameContent(projection.Fold(seen), incremental);
        }
    }
}
