using System.Diagnostics;
using Story.Application.Querying;
using Story.Application.Querying.AsOf;
using Story.Bench.Engines;
using Story.Bench.Harness;
using Story.Projections;

namespace Story.Bench.Scenarios;

/// <summary>
/// As-of queries at random reported times T over the whole story, answered by <see cref="AsOfIndex"/>: (a) one
/// claim's state and audit at T (folds only that claim's facts and the reports they cite); (b) a story page at T, totals
/// by status and the first 50 claims in story order (nearest snapshot at or before T plus at most one snapshot
/// interval of facts). Once per run, one page is also answered by folding the whole log, and compared.
/// </summary>
public static class AsOfScenario
{
    private const int SnapshotEvery = 1024;
    private const int PageSize = 50;

    public static async Task RunAsync(BenchContext context, BenchEngine engine, CancellationToken cancellationToken)
    {
        var facts = await context.LoadFactsAsync(engine, cancellationToken);
        var loadSeconds = context.FactsLoadTime.TotalSeconds;

        context.Progress.Say($"{engine.Name}: building the as-of index over {facts.Count:N0} facts");
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var buildStart = Stopwatch.GetTimestamp();
        var index = AsOfIndex.Build(facts, SnapshotEvery, PageSize, [TimeAxis.Reported]);
        var buildSeconds = Stopwatch.GetElapsedTime(buildStart).TotalSeconds;
        var indexBytes = GC.GetTotalMemory(forceFullCollection: true) - heapBefore;

        var random = new Random(context.Settings.Seed);
        var claims = index.ClaimIds.Order(StringComparer.Ordinal).ToArray();
        var first = facts.Min(f => f.ReportedAt);
        var last = facts.Max(f => f.ReportedAt);
        DateTimeOffset RandomTime() => first + ((last - first) * random.NextDouble());

        var claimLatencies = new Latencies();
        var pageLatencies = new Latencies();
        var queries = context.Settings.Queries;
        const int warmUp = 20;
        for (var i = 0; i < queries + warmUp; i++)
        {
            var moment = Moment.Reported(RandomTime());
            var claimId = claims[random.Next(claims.Length)];
            var t0 = Stopwatch.GetTimestamp();
            GC.KeepAlive(index.Claim(claimId, moment));
            var t1 = Stopwatch.GetTimestamp();
            GC.KeepAlive(index.Page(moment, PageSize));
            var t2 = Stopwatch.GetTimestamp();
            if (i >= warmUp)
            {
                claimLatencies.Add(t0, t1);
                pageLatencies.Add(t1, t2);
            }

            context.Progress.Step($"{engine.Name}: as-of queries", i + 1, queries + warmUp);
        }

        var note = $"{facts.Count:N0} facts; index built in {buildSeconds:F1} s (after {loadSeconds:F1} s reading and deserialising the log), {indexBytes / 1e6:N0} MB of heap, snapshot every {SnapshotEvery} facts";
        Add(context, engine, "as-of (a): one claim's state + audit", claimLatencies, note);
        Add(context, engine, "as-of (b): page (totals + first 50 claims)", pageLatencies, note);

        if (!context.FullFoldCompared)
        {
            context.FullFoldCompared = true;
            var moment = Moment.Reported(RandomTime());
            context.Progress.Say($"{engine.Name}: one page by folding the whole log, to compare");
            var start = Stopwatch.GetTimestamp();
            var state = StoryStateProjection.Instance.Fold(facts.AsOf(moment));
            var view = StoryStates.View(moment, state);
            var byFold = new StoryPage(moment, view.Totals, view.Claims.Take(PageSize).ToList(), state.LastPosition);
            var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
            var same = ProjectionJson.SameContent(byFold, index.Page(moment, PageSize));
            context.Add(new ResultRow(ScenarioNames.AsOf, engine.Name, "as-of (b) by folding the whole log (no index), 1 query", seconds * 1000, "ms")
            {
                Note = same ? "same page as the index" : "DIFFERS from the index",
            });
            if (!same)
            {
                throw new InvalidOperationException($"The as-of index and a full fold disagree on the page at {moment}.");
            }
        }
    }

    private static void Add(BenchContext context, BenchEngine engine, string measure, Latencies latencies, string note)
    {
        context.Add(new ResultRow(ScenarioNames.AsOf, engine.Name, measure + ", p50", latencies.Percentile(50), "ms") { Note = note });
        var p99 = latencies.Percentile(99);
        context.Add(new ResultRow(ScenarioNames.AsOf, engine.Name, measure + ", p99", p99, "ms")
        {
            Target = "<= 50 ms at 1M facts",
            Met = p99 <= 50,
            Note = $"max {latencies.Max:F1} ms over {latencies.Count} queries",
        });
    }
}
