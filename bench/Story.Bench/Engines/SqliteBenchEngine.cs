using Microsoft.Data.Sqlite;
using Story.Sqlite;
using Story.Store;

namespace Story.Bench.Engines;

/// <summary>SQLite in a temporary file, with the store's defaults (WAL, synchronous as SQLite ships it).</summary>
public sealed class SqliteBenchEngine : BenchEngine
{
    private const string Columns = "position, event_id, stream_id, stream_version, event_type, data, metadata, recorded_at, previous_hash, hash";
    private readonly string _folder;
    private readonly string _path;
    private readonly SqliteEventStore _store;
    private readonly SqliteConnection _raw;

    private SqliteBenchEngine(string folder, string path, SqliteEventStore store, SqliteConnection raw, string version, string settings)
    {
        _folder = folder;
        _path = path;
        _store = store;
        _raw = raw;
        Version = version;
        Settings = settings;
    }

    public override string Name => Harness.EngineNames.Sqlite;

    public override string Version { get; }

    public override string Settings { get; }

    public override IEventStore Store => _store;

    public override string Location => _path;

    public static async Task<SqliteBenchEngine> StartAsync(string workFolder, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(workFolder, "story-bench-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "story-bench.db");
        var store = await SqliteEventStore.OpenAsync(path, cancellationToken: cancellationToken);
        var raw = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString());
        await raw.OpenAsync(cancellationToken);
        var version = await ScalarAsync(raw, "SELECT sqlite_version();", cancellationToken);
        var settings = "journal_mode=" + await ScalarAsync(raw, "PRAGMA journal_mode;", cancellationToken)
            + ", synchronous=" + await ScalarAsync(raw, "PRAGMA synchronous;", cancellationToken) + " (2 = FULL), file on " + folder;
        return new SqliteBenchEngine(folder, path, store, raw, version, settings);
    }

    public override async Task<IEventStore> OpenSecondInstanceAsync(TimeSpan? pollInterval, CancellationToken cancellationToken)
    {
        var defaults = new SqliteStoreOptions();
        var options = new SqliteStoreOptions { CreateIfMissing = false, SubscriptionPollInterval = pollInterval ?? defaults.SubscriptionPollInterval };
        return await SqliteEventStore.OpenAsync(_path, options, cancellationToken);
    }

    public override async Task CreateScratchAsync(CancellationToken cancellationToken)
    {
        var ddl = await ScalarAsync(_raw, "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'events';", cancellationToken);
        using var command = _raw.CreateCommand();
        command.CommandText = "DROP TABLE IF EXISTS raw_events; " + ddl.Replace("CREATE TABLE events", "CREATE TABLE raw_events", StringComparison.Ordinal) + ";";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public override async Task<IReadOnlyList<object[]>> ReadStoredRowsAsync(long afterPosition, int count, CancellationToken cancellationToken)
    {
        using var command = _raw.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM events WHERE position > $after ORDER BY position LIMIT $count;";
        command.Parameters.AddWithValue("$after", afterPosition);
        command.Parameters.AddWithValue("$count", count);
        using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<object[]>(count);
        while (await reader.ReadAsync(cancellationToken))
        {
            var row = new object[10];
            reader.GetValues(row);
            rows.Add(row);
        }

        return rows;
    }

    public override async Task WriteScratchAsync(IReadOnlyList<object[]> rows, CancellationToken cancellationToken)
    {
        using var transaction = _raw.BeginTransaction(deferred: false);
        using var insert = _raw.CreateCommand();
        insert.CommandText = $"INSERT INTO raw_events ({Columns}) VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9);";
        var parameters = Enumerable.Range(0, 10).Select(i => insert.Parameters.Add("$p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), i is 0 or 3 ? SqliteType.Integer : SqliteType.Text)).ToArray();
        insert.Prepare();
        foreach (var row in rows)
        {
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i].Value = row[i];
            }

            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        transaction.Commit();
    }

    public override async Task<long> ReadAllRawAsync(Action<long> progress, CancellationToken cancellationToken)
    {
        using var command = _raw.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM events ORDER BY position;";
        using var reader = await command.ExecuteReaderAsync(cancellationToken);
        long rows = 0;
        long checksum = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            checksum += reader.GetInt64(0) + reader.GetString(1).Length + reader.GetString(2).Length + reader.GetInt64(3)
                + reader.GetString(4).Length + reader.GetString(5).Length + reader.GetString(6).Length + reader.GetString(7).Length
                + reader.GetString(8).Length + reader.GetString(9).Length;
            if (++rows % 10_000 == 0)
            {
                progress(rows);
            }
        }

        GC.KeepAlive(checksum);
        return rows;
    }

    public override async ValueTask DisposeAsync()
    {
        await _raw.DisposeAsync();
        await _store.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static async Task<string> ScalarAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }
}
