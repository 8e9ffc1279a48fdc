using System.Diagnostics;
using System.Globalization;
using Story.Bench.Engines;
using Story.Bench.Generation;
using Story.Bench.Harness;
using Story.Store;

namespace Story.Bench.Scenarios;

/// <summary>
/// Appends the story through <see cref="IEventWriter.AppendAsync"/> in batches of 1, 100 and 1,000 (only the calls are
/// timed; events are built beforehand), then writes the very rows it stored, batch for batch, into a scratch table of
/// the same shape with the driver's plain fastest way: a prepared INSERT per row inside one transaction per batch
/// (SQLite), binary COPY inside one transaction per batch (PostgreSQL).
/// </summary>
public static class AppendScenario
{
    public static async Task RunAsync(BenchContext context, BenchEngine engine, CancellationToken cancellationToken)
    {
        var store = engine.Store;
        if (await store.GetHeadPositionAsync(cancellationToken) != 0)
        {
            throw new InvalidOperationException("The append scenario needs an empty store.");
        }

        var plan = BatchPlan.For(context.Settings.Facts);
        var facts = context.Story.Facts(context.Settings.Facts).GetEnumerator();
        var storyTimes = new List<double>();
        foreach (var (size, count) in plan)
        {
            var phase = string.Create(CultureInfo.InvariantCulture, $"{engine.Name}: append, batches of {size}");
            var ticks = 0L;
            var done = 0;
            while (done < count)
            {
                var batch = new List<EventData>(size);
                while (batch.Count < size && done + batch.Count < count && facts.MoveNext())
                {
                    batch.Add(SyntheticStory.ToEventData(facts.Current));
                }

                var start = Stopwatch.GetTimestamp();
                await store.AppendAsync(SyntheticStory.StreamId, ExpectedVersion.Any, batch, cancellationToken);
                ticks += Stopwatch.GetTimestamp() - start;
                done += batch.Count;
                context.Progress.Step(phase, done, count);
            }

            storyTimes.Add(Seconds(ticks));
        }

        facts.Dispose();
        await engine.CreateScratchAsync(cancellationToken);
        var after = 0L;
        for (var p = 0; p < plan.Count; p++)
        {
            var (size, count) = plan[p];
            var phase = string.Create(CultureInfo.InvariantCulture, $"{engine.Name}: raw baseline, batches of {size}");
            var ticks = 0L;
            var done = 0;
            while (done < count)
            {
                var rows = await engine.ReadStoredRowsAsync(after, Math.Min(size, count - done), cancellationToken);
                var start = Stopwatch.GetTimestamp();
                await engine.WriteScratchAsync(rows, cancellationToken);
                ticks += Stopwatch.GetTimestamp() - start;
                done += rows.Count;
                after += rows.Count;
                context.Progress.Step(phase, done, count);
            }

            var story = count / storyTimes[p];
            var raw = count / Seconds(ticks);
            context.Add(new ResultRow(ScenarioNames.Append, engine.Name, string.Create(CultureInfo.InvariantCulture, $"append, batches of {size:N0} ({count:N0} facts)"), story, "facts/s")
            {
                Raw = raw,
                Target = size == 1000 ? ">= 0.7 x raw" : null,
                Met = size == 1000 ? story / raw >= 0.7 : null,
            });
        }
    }

    private static double Seconds(long ticks) => Math.Max(ticks, 1) / (double)Stopwatch.Frequency;
}
