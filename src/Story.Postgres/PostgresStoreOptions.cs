namespace Story.Postgres;

/// <summary>How a <see cref="PostgresEventStore"/> is set up.</summary>
public sealed record PostgresStoreOptions
{
    /// <summary>The clock for <c>recordedAt</c>.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>The PostgreSQL schema holding the store's tables (a plain lower-case identifier).</summary>
    public string Schema { get; init; } = "story";

    /// <summary>How often subscribers look for new events when no notification arrives.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The first wait before a subscription or the notification listener retries after losing the database.</summary>
    public TimeSpan RetryInitialDelay { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>The longest wait between retries; the wait doubles from <see cref="RetryInitialDelay"/> up to this.</summary>
    public TimeSpan RetryMaxDelay { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How many rows one read query fetches, so that a long log is streamed rather than loaded at once.</summary>
    public int ReadPageSize { get; init; } = 1000;

    /// <summary>Told about every retry after the database was lost, e.g. to log it.</summary>
    public Action<StoreRetry>? OnRetry { get; init; }

    /// <summary>Applies schema scripts only up to this number; tests use it to build a database as an older release left it.</summary>
    internal int? SchemaVersionLimit { get; init; }
}
