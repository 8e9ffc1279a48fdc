using Story.Bench.Engines;
using Story.Bench.Scenarios;

namespace Story.Bench.Harness;

/// <summary>Runs the chosen scenarios for each chosen engine, one engine at a time, and collects the figures.</summary>
public static class BenchRunner
{
    public static async Task<BenchReport> RunAsync(BenchSettings settings, TextWriter progressWriter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.Facts, 100);
        var startedAt = DateTimeOffset.UtcNow;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var progress = new ProgressLog(progressWriter);
        var context = new BenchContext(settings, progress);
        var versions = new Dictionary<string, string>(StringComparer.Ordinal);
        var engineSettings = new Dictionary<string, string>(StringComparer.Ordinal);
        var scenarios = ScenarioNames.All.Where(s => settings.Scenarios.Contains(s, StringComparer.Ordinal)).ToList();
        foreach (var name in settings.Engines)
        {
            await using var engine = await BenchEngine.StartAsync(name, settings, progress, cancellationToken);
            versions[engine.Name] = engine.Version;
            engineSettings[engine.Name] = engine.Settings;
            progress.Say($"{engine.Name} {engine.Version}: {engine.Settings}; load average {MachineInfo.LoadAverageNow()}");
            foreach (var scenario in scenarios)
            {
                progress.Say($"{engine.Name}: {scenario}");
                await RunScenarioAsync(scenario, context, engine, cancellationToken);
            }

            context.ReleaseFacts();
        }

        return new BenchReport(startedAt, clock.Elapsed, MachineInfo.Current(), settings.Facts, settings.Seed, versions, engineSettings, context.Rows);
    }

    private static Task RunScenarioAsync(string scenario, BenchContext context, BenchEngine engine, CancellationToken cancellationToken) => scenario switch
    {
        ScenarioNames.Append => AppendScenario.RunAsync(context, engine, cancellationToken),
        ScenarioNames.Replay => ReplayScenario.RunAsync(context, engine, cancellationToken),
        ScenarioNames.AsOf => AsOfScenario.RunAsync(context, engine, cancellationToken),
        ScenarioNames.Memory => MemoryScenario.RunAsync(context, engine, cancellationToken),
        ScenarioNames.Subscription => SubscriptionScenario.RunAsync(context, engine, cancellationToken),
        _ => throw new ArgumentException($"Unknown scenario '{scenario}'.", nameof(scenario)),
    };
}
