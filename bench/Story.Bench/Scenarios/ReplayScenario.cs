using System.Diagnostics;
using Story.Bench.Engines;
using Story.Bench.Harness;
using Story.Facts;
using Story.Projections;

namespace Story.Bench.Scenarios;

/// <summary>
/// Replays the whole log from position 0: <c>ReadAllAsync</c>, <c>FactJson.ToRecordedFact</c>, then
/// <c>StoryStateProjection.Apply</c>, beside one plain query reading every column of the same rows. The time of each
/// stage is summed separately so a miss can be traced. Then, once per run, the pure fold over facts already in memory.
/// </summary>
public static class ReplayScenario
{
    public static async Task RunAsync(BenchContext context, BenchEngine engine, CancellationToken cancellationToken)
    {
        await context.EnsurePopulatedAsync(engine, cancellationToken);
        var total = context.Settings.Facts;

        var rawStart = Stopwatch.GetTimestamp();
        var rawRows = await engine.ReadAllRawAsync(rows => context.Progress.Step($"{engine.Name}: raw read", rows, total), cancellationToken);
        var rawRate = rawRows / Stopwatch.GetElapsedTime(rawStart).TotalSeconds;

        var unfolded = await ReplayAsync(context, engine, total, fold: false, cancellationToken);
        var stages = await ReplayAsync(context, engine, total, fold: true, cancellationToken);
        var replayRate = stages.Events / stages.Total;
        context.Add(new ResultRow(ScenarioNames.Replay, engine.Name, "replay: read + deserialize + fold", replayRate, "events/s")
        {
            Raw = rawRate,
            Target = ">= 0.7 x raw read",
            Met = replayRate / rawRate >= 0.7,
            Note = $"stages: read {Share(stages.Read, stages.Total)}, deserialize {Share(stages.Deserialize, stages.Total)}, fold {Share(stages.Fold, stages.Total)}",
        });
        context.Add(new ResultRow(ScenarioNames.Replay, engine.Name, "  same, without the fold: read + deserialize", unfolded.Events / unfolded.Total, "events/s")
        {
            Raw = rawRate,
            Note = $"stages: read {Share(unfolded.Read, unfolded.Total)}, deserialize {Share(unfolded.Deserialize, unfolded.Total)}; Story read alone {unfolded.Events / unfolded.Read:N0} events/s",
        });
        context.Add(new ResultRow(ScenarioNames.Replay, engine.Name, "  stage: Story read (ReadAllAsync)", stages.Events / stages.Read, "events/s") { Raw = rawRate });
        context.Add(new ResultRow(ScenarioNames.Replay, engine.Name, "  stage: deserialize (ToRecordedFact)", stages.Events / stages.Deserialize, "events/s"));
        context.Add(new ResultRow(ScenarioNames.Replay, engine.Name, "  stage: fold (StoryStateProjection)", stages.Events / stages.Fold, "events/s"));

        if (!context.PureFoldMeasured)
        {
            context.PureFoldMeasured = true;
            var facts = await context.LoadFactsAsync(engine, cancellationToken);
            var best = double.MaxValue;
            for (var run = 0; run < 2; run++)
            {
                context.Progress.Say($"pure fold over {facts.Count:N0} facts in memory, run {run + 1} of 2");
                var start = Stopwatch.GetTimestamp();
                var state = StoryStateProjection.Instance.Fold(facts);
                best = Math.Min(best, Stopwatch.GetElapsedTime(start).TotalSeconds);
                GC.KeepAlive(state);
            }

            var rate = facts.Count / best;
            context.Add(new ResultRow(ScenarioNames.Replay, "in-memory", "pure fold (facts already deserialised)", rate, "events/s")
            {
                Target = ">= 2,000,000 events/s",
                Met = rate >= 2_000_000,
                Note = "best of 2 runs",
            });
        }
    }

    private static async Task<Stages> ReplayAsync(BenchContext context, BenchEngine engine, int total, bool fold, CancellationToken cancellationToken)
    {
        var phase = fold ? $"{engine.Name}: replay" : $"{engine.Name}: replay without the fold";
        long read = 0, deserialize = 0, folding = 0, events = 0;
        var state = StoryStateProjection.Instance.Initial;
        var start = Stopwatch.GetTimestamp();
        await using (var log = engine.Store.ReadAllAsync(0, cancellationToken).GetAsyncEnumerator(cancellationToken))
        {
            while (events < total)
            {
                var t0 = Stopwatch.GetTimestamp();
                if (!await log.MoveNextAsync())
                {
                    break;
                }

                var t1 = Stopwatch.GetTimestamp();
                var fact = FactJson.ToRecordedFact(log.Current);
                var t2 = Stopwatch.GetTimestamp();
                if (fold)
                {
                    state = StoryStateProjection.Instance.Apply(state, fact);
                }

                var t3 = Stopwatch.GetTimestamp();
                read += t1 - t0;
                deserialize += t2 - t1;
                folding += t3 - t2;
                events++;
                context.Progress.Step(phase, events, total);
            }
        }

        var elapsed = Stopwatch.GetElapsedTime(start).TotalSeconds;
        GC.KeepAlive(state);
        return new Stages(events, elapsed, Seconds(read), Seconds(deserialize), Seconds(folding));
    }

    private static string Share(double part, double total) => (part / total).ToString("P0", System.Globalization.CultureInfo.InvariantCulture);

    private static double Seconds(long ticks) => Math.Max(ticks, 1) / (double)Stopwatch.Frequency;

    private sealed record Stages(long Events, double Total, double Read, double Deserialize, double Fold);
}
