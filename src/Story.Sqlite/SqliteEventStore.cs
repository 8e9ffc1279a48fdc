using Microsoft.Data.Sqlite;
using Story.Sqlite.Appending;
using Story.Sqlite.Opening;
using Story.Sqlite.Reading;
using Story.Sqlite.Schema;
using Story.Sqlite.Subscriptions;
using Story.Store;
using Story.Subscriptions;

namespace Story.Sqlite;

/// <summary>
/// The embedded event store: one SQLite file in write-ahead-log mode that several processes may share
/// (a CLI following in one terminal while another appends).
/// </summary>
public sealed class SqliteEventStore : IEventStore
{
    private readonly StoreConnections _connections;
    private readonly SqliteEventReader _reader;
    private readonly SqliteAppender _appender;
    private readonly SqliteSubscriber _subscriber;
    private readonly AppendSignal _appended;
    private readonly CancellationTokenSource _closing = new();
    private int _disposed;

    private SqliteEventStore(StoreConnections connections, SqliteStoreOptions options)
    {
        _connections = connections;
        _reader = new SqliteEventReader(connections);
        _appender = new SqliteAppender(connections, options.TimeProvider);
        _appended = new AppendSignal(options.SubscriptionPollInterval);
        _subscriber = new SqliteSubscriber(_reader, _appended, _closing.Token);
    }

    /// <summary>The full path of the database file, or <c>:memory:</c>.</summary>
    public string Path => _connections.Path;

    /// <inheritdoc />
    public string Description => "SQLite " + Path;

    /// <summary>
    /// Opens the store in the file at <paramref name="path"/>, creating it when allowed, or a private in-memory
    /// store when <paramref name="path"/> is <c>:memory:</c>.
    /// </summary>
    /// <exception cref="StoreUnavailableException">
    /// The folder does not exist, the file is missing and may not be created, or the file is not a Story store.
    /// </exception>
    public static async Task<SqliteEventStore> OpenAsync(string path, SqliteStoreOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        options ??= new SqliteStoreOptions();
        var connections = path == StoreConnections.MemoryPath
            ? await OpenMemoryAsync(options, cancellationToken)
            : await OpenFileAsync(path, options, cancellationToken);
        return new SqliteEventStore(connections, options);
    }

    /// <inheritdoc />
    public IAsyncEnumerable<RecordedEvent> ReadStreamAsync(string streamId, long fromVersion = 1, CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        return _reader.ReadStreamAsync(streamId, fromVersion, cancellationToken);
    }

    /// <inheritdoc />
    public IAsyncEnumerable<RecordedEvent> ReadAllAsync(long afterPosition = 0, CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        return _reader.ReadAllAsync(afterPosition, cancellationToken);
    }

    /// <inheritdoc />
    public Task<long> GetHeadPositionAsync(CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        return _reader.GetHeadPositionAsync(cancellationToken);
    }

    /// <inheritdoc />
    public Task<long> GetStreamVersionAsync(string streamId, CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        return _reader.GetStreamVersionAsync(streamId, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<AppendResult> AppendAsync(string streamId, ExpectedVersion expected, IReadOnlyList<EventData> events, CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        var result = await _appender.AppendAsync(streamId, expected, events, cancellationToken);
        if (result.Appended > 0)
        {
            _appended.Notify();
        }

        return result;
    }

    /// <inheritdoc />
    public IAsyncEnumerable<RecordedEvent> SubscribeAsync(long afterPosition, SubscriptionFilter? filter = null, CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        return _subscriber.SubscribeAsync(afterPosition, filter, cancellationToken);
    }

    /// <inheritdoc />
    public async Task CheckHealthAsync(CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        try
        {
            await using var connection = await _connections.OpenAsync(cancellationToken);
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM schema_version;";
            await command.ExecuteScalarAsync(cancellationToken);
        }
        catch (SqliteException ex)
        {
            throw StoreErrors.Unavailable(Path, ex);
        }
    }

    /// <summary>Ends live subscriptions and releases the file.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _closing.CancelAsync();
        _appender.Dispose();
        await _connections.DisposeAsync();
        _closing.Dispose();
    }

    private static async Task<StoreConnections> OpenMemoryAsync(SqliteStoreOptions options, CancellationToken cancellationToken)
    {
        var connections = await StoreConnections.ForMemoryAsync(options.BusyTimeout, cancellationToken);
        try
        {
            await using var connection = await connections.OpenAsync(cancellationToken);
            await SchemaInstaller.EnsureAsync(connection, connections.Path, createIfMissing: true, options.TimeProvider, cancellationToken);
            return connections;
        }
        catch
        {
            await connections.DisposeAsync();
            throw;
        }
    }

    private static async Task<StoreConnections> OpenFileAsync(string path, SqliteStoreOptions options, CancellationToken cancellationToken)
    {
        var fullPath = System.IO.Path.GetFullPath(path);
        var folder = System.IO.Path.GetDirectoryName(fullPath);
        if (folder is not null && !Directory.Exists(folder))
        {
            throw StoreErrors.FolderMissing(fullPath, folder);
        }

        if (Directory.Exists(fullPath))
        {
            throw new StoreUnavailableException($"Cannot open the SQLite store '{fullPath}': it is a folder, not a file.");
        }

        var exists = File.Exists(fullPath);
        if (!exists && !options.CreateIfMissing)
        {
            throw StoreErrors.NoStore(fullPath);
        }

        // The file is created (when allowed) only here; later connections never create one, so a store file
        // deleted under a running process fails loudly instead of silently starting an empty log.
        await using (var installing = StoreConnections.ForFile(fullPath, options.BusyTimeout, mayCreate: !exists))
        {
            try
            {
                await using var connection = await installing.OpenAsync(cancellationToken);
                await SchemaInstaller.EnsureAsync(connection, fullPath, options.CreateIfMissing, options.TimeProvider, cancellationToken);
                await SchemaInstaller.UseWriteAheadLogAsync(connection, cancellationToken);
            }
            catch (SqliteException ex)
            {
                throw StoreErrors.Unavailable(fullPath, ex);
            }
        }

        return StoreConnections.ForFile(fullPath, options.BusyTimeout, mayCreate: false);
    }

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
}
