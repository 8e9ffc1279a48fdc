using Story.Store;

namespace Story.Bench.Engines;

/// <summary>
/// One engine under test: the Story store, a second store instance on the same data, and the raw baseline (the same
/// rows written and read through the same driver with no Story code, into and from a scratch table of the same shape).
/// </summary>
public abstract class BenchEngine : IAsyncDisposable
{
    public abstract string Name { get; }

    /// <summary>The engine's own version (sqlite_version(), server_version).</summary>
    public abstract string Version { get; }

    /// <summary>The durability settings the figures were taken with.</summary>
    public abstract string Settings { get; }

    /// <summary>The Story store every scenario uses.</summary>
    public abstract IEventStore Store { get; }

    /// <summary>What a child process opens the same store with (a file path, a connection string).</summary>
    public abstract string Location { get; }

    /// <summary>
    /// Another store instance on the same data, as a second process would have; <paramref name="pollInterval"/>
    /// overrides how often it looks for other instances' appends (the engine's default when null).
    /// </summary>
    public abstract Task<IEventStore> OpenSecondInstanceAsync(TimeSpan? pollInterval, CancellationToken cancellationToken);

    /// <summary>Creates the empty scratch table, with the store's columns and constraints.</summary>
    public abstract Task CreateScratchAsync(CancellationToken cancellationToken);

    /// <summary>Stored rows after a position, as the driver returns them (untimed: the baseline's input).</summary>
    public abstract Task<IReadOnlyList<object[]>> ReadStoredRowsAsync(long afterPosition, int count, CancellationToken cancellationToken);

    /// <summary>Writes rows into the scratch table in one transaction, the engine's fastest plain way.</summary>
    public abstract Task WriteScratchAsync(IReadOnlyList<object[]> rows, CancellationToken cancellationToken);

    /// <summary>Reads every column of every stored row in position order with one plain query; returns the row count.</summary>
    public abstract Task<long> ReadAllRawAsync(Action<long> progress, CancellationToken cancellationToken);

    public abstract ValueTask DisposeAsync();

    public static async Task<BenchEngine> StartAsync(string name, Harness.BenchSettings settings, Harness.ProgressLog progress, CancellationToken cancellationToken) =>
        name switch
        {
            Harness.EngineNames.Sqlite => await SqliteBenchEngine.StartAsync(settings.WorkFolder, cancellationToken),
            Harness.EngineNames.Postgres => await PostgresBenchEngine.StartAsync(settings.PostgresConnectionString, progress, cancellationToken),
            _ => throw new ArgumentException($"Unknown engine '{name}'.", nameof(name)),
        };

    /// <summary>Opens the store at a <see cref="Location"/>, in a child process.</summary>
    public static async Task<IEventStore> OpenAtAsync(string name, string location, CancellationToken cancellationToken) =>
        name switch
        {
            Harness.EngineNames.Sqlite => await Sqlite.SqliteEventStore.OpenAsync(location, new Sqlite.SqliteStoreOptions { CreateIfMissing = false }, cancellationToken),
            Harness.EngineNames.Postgres => await Postgres.PostgresEventStore.OpenAsync(location, cancellationToken: cancellationToken),
            _ => throw new ArgumentException($"Unknown engine '{name}'.", nameof(name)),
        };
}
