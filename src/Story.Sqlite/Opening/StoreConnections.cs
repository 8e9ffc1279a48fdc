using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Story.Sqlite.Opening;

/// <summary>
/// Hands out open connections to one store. Each operation takes its own pooled connection so that readers, the
/// writer and subscriptions never share one; a file store is shared with other processes through SQLite's locks.
/// </summary>
internal sealed class StoreConnections : IAsyncDisposable
{
    /// <summary>The name callers use for an in-memory store.</summary>
    public const string MemoryPath = ":memory:";

    private readonly string _connectionString;
    private readonly int _busyTimeoutMilliseconds;

    // An in-memory database lives only as long as one connection to it is open.
    private readonly SqliteConnection? _keepAlive;

    private StoreConnections(string path, string connectionString, int busyTimeoutMilliseconds, SqliteConnection? keepAlive)
    {
        Path = path;
        _connectionString = connectionString;
        _busyTimeoutMilliseconds = busyTimeoutMilliseconds;
        _keepAlive = keepAlive;
    }

    /// <summary>The full path of the file, or <see cref="MemoryPath"/>.</summary>
    public string Path { get; }

    public bool IsInMemory => _keepAlive is not null;

    public static StoreConnections ForFile(string fullPath, TimeSpan busyTimeout, bool mayCreate)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = mayCreate ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = TimeoutSeconds(busyTimeout),
        };
        return new(fullPath, builder.ToString(), TimeoutMilliseconds(busyTimeout), keepAlive: null);
    }

    public static async Task<StoreConnections> ForMemoryAsync(TimeSpan busyTimeout, CancellationToken cancellationToken)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            // A named shared-cache database, so that every connection of this store sees the same data
            // and two in-memory stores never see each other's.
            DataSource = "story-" + Guid.NewGuid().ToString("N"),
            Mode = SqliteOpenMode.Memory,
            Cache = SqliteCacheMode.Shared,
            Pooling = true,
            DefaultTimeout = TimeoutSeconds(busyTimeout),
        };
        var keepAlive = new SqliteConnection(builder.ToString());
        await keepAlive.OpenAsync(cancellationToken);
        return new(MemoryPath, builder.ToString(), TimeoutMilliseconds(busyTimeout), keepAlive);
    }

    /// <summary>Opens a connection that waits for other processes' locks rather than failing at once.</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA busy_timeout = " + _busyTimeoutMilliseconds.ToString(CultureInfo.InvariantCulture) + ";";
            await pragma.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch (SqliteException ex) when (StoreErrors.IsUnavailability(ex))
        {
            await connection.DisposeAsync();
            throw StoreErrors.Unavailable(Path, ex);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        // Release pooled file handles so the file can be moved or deleted once the store is disposed.
        using (var forPool = new SqliteConnection(_connectionString))
        {
            SqliteConnection.ClearPool(forPool);
        }

        if (_keepAlive is not null)
        {
            await _keepAlive.DisposeAsync();
        }
    }

    private static int TimeoutMilliseconds(TimeSpan timeout) => (int)Math.Clamp(timeout.TotalMilliseconds, 0, int.MaxValue);

    private static int TimeoutSeconds(TimeSpan timeout) => (int)Math.Clamp(Math.Ceiling(timeout.TotalSeconds), 1, int.MaxValue);
}
