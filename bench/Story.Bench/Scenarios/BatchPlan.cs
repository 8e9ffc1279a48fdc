namespace Story.Bench.Scenarios;

/// <summary>
/// How the story is cut into appends: a first stretch one fact per call, then batches of 100, then batches of 1,000
/// for the rest. Single appends are capped (2,000) because each is its own durable commit.
/// </summary>
public static class BatchPlan
{
    public static IReadOnlyList<(int BatchSize, int Facts)> For(int facts)
    {
        var singles = Math.Clamp(facts / 10, 1, 2_000);
        var hundreds = Math.Clamp(facts / 10 / 100 * 100, 100, 100_000);
        hundreds = Math.Min(hundreds, facts - singles);
        var thousands = facts - singles - hundreds;
        return [(1, singles), (100, hundreds), (1000, thousands)];
    }
}
