using System.Diagnostics;
using Story.Bench.Generation;
using Story.Facts;
using Story.Projections;
using Story.Store;

namespace Story.Bench.Scenarios;

/// <summary>
/// The story-state fold alone over generated facts (no store), for profilers: prints the time per fact type and the
/// garbage collector's share, so a profile of this process shows only generation and folding.
/// </summary>
public static class FoldProfile
{
    public static void Run(int facts, int seed, TextWriter output)
    {
        var recorded = new List<RecordedFact>(facts);
        var position = 0L;
        var start = new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);
        foreach (var generated in new SyntheticStory(seed).Facts(facts))
        {
            position++;
            var envelope = new RecordedEvent(position, SyntheticStory.StreamId, position, generated.EventId, FactTypes.NameOf(generated.Fact), "",
                SyntheticStory.MetadataFor(generated), start.AddMilliseconds(position), "", "");
            recorded.Add(new RecordedFact(envelope, generated.Fact));
        }

        GC.Collect();
        var pauses = GC.GetTotalPauseDuration();
        var allocated = GC.GetTotalAllocatedBytes();
        var byType = new Dictionary<string, (long Ticks, int Count)>(StringComparer.Ordinal);
        var state = StoryStateProjection.Instance.Initial;
        var clock = Stopwatch.StartNew();
        foreach (var fact in recorded)
        {
            var t0 = Stopwatch.GetTimestamp();
            state = StoryStateProjection.Instance.Apply(state, fact);
            var name = fact.Fact.GetType().Name;
            var (ticks, count) = byType.GetValueOrDefault(name);
            byType[name] = (ticks + Stopwatch.GetTimestamp() - t0, count + 1);
        }

        var seconds = clock.Elapsed.TotalSeconds;
        output.WriteLine($"{facts:N0} facts folded in {seconds:F2} s = {facts / seconds:N0} events/s; {state.Claims.Count:N0} claims, {state.Reports.Count:N0} reports");
        output.WriteLine($"GC pauses {(GC.GetTotalPauseDuration() - pauses).TotalSeconds:F2} s, allocated {(GC.GetTotalAllocatedBytes() - allocated) / (double)facts:N0} bytes per fact");
        foreach (var (name, (ticks, count)) in byType.OrderByDescending(kv => kv.Value.Ticks))
        {
            output.WriteLine($"  {name}: {count:N0} facts, {ticks * 1e6 / Stopwatch.Frequency / count:F2} us each, {ticks / (double)Stopwatch.Frequency:F2} s in all");
        }
    }
}
