namespace Story.Bench.Harness;

/// <summary>Everything a run measured, with the machine and versions it ran on.</summary>
public sealed record BenchReport(
    DateTimeOffset StartedAt,
    TimeSpan Duration,
    MachineInfo Machine,
    int Facts,
    int Seed,
    IReadOnlyDictionary<string, string> EngineVersions,
    IReadOnlyDictionary<string, string> EngineSettings,
    IReadOnlyList<ResultRow> Rows);
