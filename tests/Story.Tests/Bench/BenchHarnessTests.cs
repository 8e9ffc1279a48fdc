using Story.Bench.Harness;

namespace Story.Tests.Bench;

/// <summary>
/// Keeps the benchmark harness working: every scenario runs on a small story against real SQLite and a real
/// (throwaway) PostgreSQL and yields its figures. How fast is never asserted.
/// </summary>
public sealed class BenchHarnessTests
{
    [Fact]
    public async Task Harness_OneThousandFactsOnBothEngines_ReportsEveryScenarioWithPositiveFigures()
    {
        // Given
        var settings = new BenchSettings
        {
            Facts = 1_000,
            Queries = 20,
            SubscriptionSamples = 10,
            Engines = [EngineNames.Sqlite, EngineNames.Postgres],
        };

        // When
        var report = await BenchRunner.RunAsync(settings, TextWriter.Null);

        // Then
        foreach (var engine in settings.Engines)
        {
            foreach (var scenario in ScenarioNames.All)
            {
                Assert.Contains(report.Rows, r => r.Scenario == scenario && r.Engine == engine);
            }

            Assert.Contains(report.Rows, r => r.Scenario == ScenarioNames.Append && r.Engine == engine && r.Raw > 0);
            Assert.Contains(report.Rows, r => r.Scenario == ScenarioNames.Replay && r.Engine == engine && r.Raw > 0);
            Assert.Contains(report.Rows, r => r.Scenario == ScenarioNames.Subscription && r.Engine == engine && r.Measure.Contains("SSE", StringComparison.Ordinal));
        }

        Assert.Contains(report.Rows, r => r.Measure.StartsWith("pure fold", StringComparison.Ordinal));
        Assert.All(report.Rows, r => Assert.True(double.IsFinite(r.Value) && r.Value > 0, $"{r.Engine} {r.Measure}: {r.Value}"));
        Assert.All(report.Rows.Where(r => r.Raw is not null), r => Assert.True(r.Raw > 0, $"{r.Engine} {r.Measure}: raw {r.Raw}"));
        Assert.Equal(Environment.ProcessorCount, report.Machine.Cores);
        Assert.Equal(2, report.EngineVersions.Count);
    }
}
