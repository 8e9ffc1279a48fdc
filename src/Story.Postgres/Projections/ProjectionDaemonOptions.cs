using Npgsql;

namespace Story.Postgres.Projections;

/// <summary>How a <see cref="ProjectionDaemon"/> works through the log.</summary>
public sealed record ProjectionDaemonOptions
{
    /// <summary>How many events one transaction folds and commits with its checkpoint.</summary>
    public int BatchSize { get; init; } = 500;

    /// <summary>Told when <see cref="ProjectionDaemon.RunAsync"/> loses the database and will retry, e.g. to log it.</summary>
    public Action<StoreRetry>? OnRetry { get; init; }

    /// <summary>Runs inside each batch transaction after its rows and checkpoint are written, before the commit; tests use it to kill the transaction there.</summary>
    internal Func<NpgsqlConnection, CancellationToken, Task>? BeforeCommit { get; init; }
}
