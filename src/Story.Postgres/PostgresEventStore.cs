using Npgsql;
using Story.Postgres.Appending;
using Story.Postgres.Connection;
using Story.Postgres.Reading;
using Story.Postgres.Schema;
using Story.Postgres.Subscriptions;
using Story.Store;

namespace Story.Postgres;

/// <summary>
/// The event store on PostgreSQL: one table of events (the global log, position = <c>seq_id</c>), one row per stream
/// for optimistic concurrency, numbered schema scripts applied at open. Subscribers are woken by LISTEN/NOTIFY.
/// </summary>
public sealed class PostgresEventStore : IEventStore
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly PostgresEndpoint _endpoint;
    private readonly PostgresReader _reader;
    private readonly PostgresAppender _appender;
    private readonly NotificationListener _listener;
    private readonly Backoff _backoff;
    private readonly Action<StoreRetry>? _onRetry;

    private PostgresEventStore(NpgsqlDataSource dataSource, PostgresEndpoint endpoint, StoreSql sql, PostgresStoreOptions options, int schemaVersion)
    {
        _dataSource = dataSource;
        _endpoint = endpoint;
        Sql = sql;
        _backoff = new Backoff(options.RetryInitialDelay, options.RetryMaxDelay);
        _onRetry = options.OnRetry;
        _reader = new PostgresReader(dataSource, sql, endpoint, options.ReadPageSize);
        _listener = new NotificationListener(dataSource, sql.NotificationChannel, options.PollInterval, _backoff, options.OnRetry);
        _appender = new PostgresAppender(dataSource, sql, endpoint, options.TimeProvider, _reader.GetStreamVersionAsync, _listener.Wake);
        SchemaVersion = schemaVersion;
        Description = $"PostgreSQL {endpoint}, schema {sql.Schema}";
    }

    public string Description { get; }

    /// <summary>The number of the last schema script applied.</summary>
    public int SchemaVersion { get; }

    /// <summary>For the projection daemon, which keeps its read models in the same database and schema.</summary>
    internal NpgsqlDataSource DataSource => _dataSource;

    internal PostgresEndpoint Endpoint => _endpoint;

    internal StoreSql Sql { get; }

    internal Backoff Backoff => _backoff;

    /// <summary>Completes when any process may have appended (LISTEN/NOTIFY), or after the poll interval.</summary>
    internal Task WaitForAppendAsync(CancellationToken cancellationToken) => _listener.WaitAsync(cancellationToken);

    /// <summary>
    /// Connects, creates or upgrades the schema, and returns the store.
    /// </summary>
    /// <exception cref="StoreUnavailableException">The server cannot be reached, refuses the login, or the database does not exist.</exception>
    public static async Task<PostgresEventStore> OpenAsync(string connectionString, PostgresStoreOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        options ??= new PostgresStoreOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.ReadPageSize, 1, nameof(options));
        var sql = new StoreSql(options.Schema);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (string.IsNullOrEmpty(builder.ApplicationName))
        {
            builder.ApplicationName = "story";
        }

        var endpoint = PostgresEndpoint.From(builder);
        var dataSource = NpgsqlDataSource.Create(builder);
        try
        {
            var schemaVersion = await SchemaMigrator.MigrateAsync(dataSource, sql, options.SchemaVersionLimit, cancellationToken);
            return new PostgresEventStore(dataSource, endpoint, sql, options, schemaVersion);
        }
        catch (Exception ex) when (ex is NpgsqlException or IOException or TimeoutException or System.Net.Sockets.SocketException)
        {
            await dataSource.DisposeAsync();
            throw PostgresFaults.AtOpen(endpoint, ex);
        }
        catch
        {
            await dataSource.DisposeAsync();
            throw;
        }
    }

    public Task<AppendResult> AppendAsync(string streamId, ExpectedVersion expected, IReadOnlyList<EventData> events, CancellationToken cancellationToken = default) =>
        _appender.AppendAsync(streamId, expected, events, cancellationToken);

    public IAsyncEnumerable<RecordedEvent> ReadStreamAsync(string streamId, long fromVersion = 1, CancellationToken cancellationToken = default) =>
        _reader.ReadStreamAsync(streamId, fromVersion, cancellationToken);

    public IAsyncEnumerable<RecordedEvent> ReadAllAsync(long afterPosition = 0, CancellationToken cancellationToken = default) =>
        _reader.ReadAllAsync(afterPosition, cancellationToken);

    public Task<long> GetHeadPositionAsync(CancellationToken cancellationToken = default) =>
        _reader.GetHeadPositionAsync(cancellationToken);

    public Task<long> GetStreamVersionAsync(string streamId, CancellationToken cancellationToken = default) =>
        _reader.GetStreamVersionAsync(streamId, cancellationToken);

    public IAsyncEnumerable<RecordedEvent> SubscribeAsync(long afterPosition, SubscriptionFilter? filter = null, CancellationToken cancellationToken = default) =>
        ResilientSubscription.RunAsync(_reader, _listener, afterPosition, filter, _backoff, _onRetry, cancellationToken);

    public async Task CheckHealthAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await using var command = _dataSource.CreateCommand("SELECT 1");
            await command.ExecuteScalarAsync(cancellationToken);
        }
        catch (Exception ex) when (PostgresFaults.IsConnectionFailure(ex) && !cancellationToken.IsCancellationRequested)
        {
            _dataSource.Clear();
            throw PostgresFaults.AtOpen(_endpoint, ex);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _listener.DisposeAsync();
        await _dataSource.DisposeAsync();
    }
}
