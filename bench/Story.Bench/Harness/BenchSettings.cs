namespace Story.Bench.Harness;

/// <summary>What one benchmark run measures and on how many facts.</summary>
public sealed record BenchSettings
{
    public const string PostgresVariable = "STORY_BENCH_POSTGRES";

    /// <summary>Facts in the synthetic story (the log every scenario works on).</summary>
    public int Facts { get; init; } = 1_000_000;

    /// <summary><c>sqlite</c> and/or <c>postgres</c>, run one after the other.</summary>
    public IReadOnlyList<string> Engines { get; init; } = [EngineNames.Sqlite, EngineNames.Postgres];

    /// <summary>Scenarios to run, in <see cref="ScenarioNames.All"/> order whatever the order given.</summary>
    public IReadOnlyList<string> Scenarios { get; init; } = ScenarioNames.All;

    /// <summary>Seed of the synthetic story and of every random choice (query times, claims).</summary>
    public int Seed { get; init; } = 20251120;

    /// <summary>Timed as-of queries of each kind.</summary>
    public int Queries { get; init; } = 500;

    /// <summary>Appends timed to a live subscriber, per subscriber kind.</summary>
    public int SubscriptionSamples { get; init; } = 200;

    /// <summary>A PostgreSQL server where the bench may create a database; null starts a throwaway cluster.</summary>
    public string? PostgresConnectionString { get; init; } = Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } cs ? cs : null;

    /// <summary>Where the SQLite file and other temporary files go (deleted afterwards).</summary>
    public string WorkFolder { get; init; } = Path.GetTempPath();
}

public static class EngineNames
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";
}

public static class ScenarioNames
{
    public const string Append = "append";
    public const string Replay = "replay";
    public const string AsOf = "asof";
    public const string Memory = "memory";
    public const string Subscription = "subscription";

    /// <summary>In run order: appending builds the log the others read; subscribing last, as it appends more facts.</summary>
    public static IReadOnlyList<string> All { get; } = [Append, Replay, AsOf, Memory, Subscription];
}
