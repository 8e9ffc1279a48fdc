using System.Diagnostics;
using System.Globalization;
using Story.Bench.Engines;
using Story.Bench.Harness;

namespace Story.Bench.Scenarios;

/// <summary>
/// Peak working set of a replay at two sizes (a quarter of the story, then all of it), each in a fresh child process.
/// Streaming (read + deserialise) should stay flat as the log grows; folding adds the story state, which holds every
/// claim and every source's quote, so it grows with the story's content, not with the bytes of the log.
/// </summary>
public static class MemoryScenario
{
    public static async Task RunAsync(BenchContext context, BenchEngine engine, CancellationToken cancellationToken)
    {
        await context.EnsurePopulatedAsync(engine, cancellationToken);
        var sizes = new[] { Math.Max(1, context.Settings.Facts / 4), context.Settings.Facts };
        foreach (var mode in new[] { MemoryProbe.Stream, MemoryProbe.Fold })
        {
            var figures = new List<MemoryFigures>();
            foreach (var size in sizes)
            {
                context.Progress.Say(string.Create(CultureInfo.InvariantCulture, $"{engine.Name}: memory probe, {mode}, {size:N0} facts (child process)"));
                figures.Add(await RunChildAsync(engine, size, mode, cancellationToken));
            }

            foreach (var f in figures)
            {
                var measure = string.Create(CultureInfo.InvariantCulture, $"peak working set, {(mode == MemoryProbe.Stream ? "read + deserialize" : "read + deserialize + fold")}, {f.Facts:N0} facts");
                var isLarger = f == figures[^1];
                var growth = (double)figures[^1].PeakWorkingSet / figures[0].PeakWorkingSet;
                context.Add(new ResultRow(ScenarioNames.Memory, engine.Name, measure, f.PeakWorkingSet / 1e6, "MB")
                {
                    Target = isLarger && mode == MemoryProbe.Stream ? "flat: <= 1.25 x the quarter-size peak" : null,
                    Met = isLarger && mode == MemoryProbe.Stream ? growth <= 1.25 : null,
                    Note = string.Create(CultureInfo.InvariantCulture, $"heap reachable at end {f.RetainedHeap / 1e6:N0} MB ({f.Claims:N0} claims in state), allocated {f.Allocated / 1e9:N2} GB, {f.Seconds:F1} s")
                        + (isLarger ? string.Create(CultureInfo.InvariantCulture, $"; x{growth:F2} the peak at {figures[0].Facts:N0}") : ""),
                });
            }
        }
    }

    private static async Task<MemoryFigures> RunChildAsync(BenchEngine engine, int facts, string mode, CancellationToken cancellationToken)
    {
        var start = ChildStart();
        foreach (var argument in new[] { "memory-probe", "--engine", engine.Name, "--location", engine.Location, "--facts", facts.ToString(CultureInfo.InvariantCulture), "--mode", mode })
        {
            start.ArgumentList.Add(argument);
        }

        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the memory probe.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        var text = await output;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"The memory probe failed ({process.ExitCode}): {await error}{text}");
        }

        return MemoryProbe.FromJson(text.Trim().Split('\n')[^1]);
    }

    // This program again: its own executable when run as one, else `dotnet Story.Bench.dll` (e.g. from a test host).
    private static ProcessStartInfo ChildStart()
    {
        var assembly = typeof(MemoryScenario).Assembly.Location;
        var host = Environment.ProcessPath ?? "dotnet";
        if (Path.GetFileNameWithoutExtension(host).Equals(Path.GetFileNameWithoutExtension(assembly), StringComparison.Ordinal))
        {
            return new ProcessStartInfo(host);
        }

        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } dotnet ? dotnet : "dotnet");
        start.ArgumentList.Add(assembly);
        return start;
    }
}
