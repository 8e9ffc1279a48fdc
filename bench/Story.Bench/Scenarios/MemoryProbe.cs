using System.Diagnostics;
using System.Text.Json;
using Story.Bench.Engines;
using Story.Facts;
using Story.Projections;

namespace Story.Bench.Scenarios;

/// <summary>
/// Run in a child process so that its peak working set is this replay's alone: replays the first <c>facts</c> events
/// of a store, either only reading and deserialising them (<see cref="Stream"/>) or also folding the story state
/// (<see cref="Fold"/>), and prints one JSON line of memory figures.
/// </summary>
public static class MemoryProbe
{
    public const string Stream = "stream";
    public const string Fold = "fold";

    public static async Task<MemoryFigures> RunAsync(string engine, string location, int facts, string mode, CancellationToken cancellationToken)
    {
        await using var store = await BenchEngine.OpenAtAsync(engine, location, cancellationToken);
        var state = StoryStateProjection.Instance.Initial;
        var count = 0;
        var start = Stopwatch.GetTimestamp();
        await foreach (var e in store.ReadAllAsync(0, cancellationToken))
        {
            var fact = FactJson.ToRecordedFact(e);
            if (mode == Fold)
            {
                state = StoryStateProjection.Instance.Apply(state, fact);
            }

            if (++count == facts)
            {
                break;
            }
        }

        var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        var retained = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(state);
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return new MemoryFigures(count, mode, process.PeakWorkingSet64, retained, GC.GetTotalAllocatedBytes(), seconds, state.Claims.Count);
    }

    public static string ToJson(MemoryFigures figures) => JsonSerializer.Serialize(figures);

    public static MemoryFigures FromJson(string json) => JsonSerializer.Deserialize<MemoryFigures>(json)
        ?? throw new InvalidOperationException("The memory probe printed nothing.");
}

/// <summary>What one probe measured: peak working set, heap still reachable at the end (the state), bytes allocated.</summary>
public sealed record MemoryFigures(int Facts, string Mode, long PeakWorkingSet, long RetainedHeap, long Allocated, double Seconds, int Claims);
