using Story.Facts;
using Story.Projections;

namespace Story.Tests.Projections.Support;

internal static class Folding
{
    public static StoryState Story(IEnumerable<RecordedFact> facts) => StoryStateProjection.Instance.Fold(facts);

    /// <summary>The facts in story order, as a replay by publication time would fold them.</summary>
    public static IReadOnlyList<RecordedFact> ByReportedTime(IEnumerable<RecordedFact> facts) =>
        [.. facts.OrderBy(f => f.ReportedAt).ThenBy(f => f.Position)];

    public static IReadOnlyList<RecordedFact> Shuffled(IEnumerable<RecordedFact> facts, int seed)
    {
        var shuffled = facts.ToArray();
        new Random(seed).Shuffle(shuffled);
        return shuffled;
    }

    public static void AssertSameContent<T>(T expected, T actual) =>
        Assert.Equal(ProjectionJson.Serialize(expected), ProjectionJson.Serialize(actual));
}
