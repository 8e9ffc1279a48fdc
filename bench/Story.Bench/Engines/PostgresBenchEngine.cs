using Npgsql;
using NpgsqlTypes;
using Story.Postgres;
using Story.Store;
using Story.Store.Tests.Postgres;

namespace Story.Bench.Engines;

/// <summary>
/// PostgreSQL: a throwaway cluster started from the installed server binaries (the store tests' own starter), or a
/// database created on the server named by <c>STORY_BENCH_POSTGRES</c>.
/// </summary>
public sealed class PostgresBenchEngine : BenchEngine
{
    private const string StoredColumns = "seq_id, id, stream_id, version, type, data::text, metadata::text, recorded_at, previous_hash, hash";
    private const string ScratchColumns = "seq_id, id, stream_id, version, type, data, metadata, recorded_at, previous_hash, hash";

    private static readonly NpgsqlDbType[] ScratchTypes =
    [
        NpgsqlDbType.Bigint, NpgsqlDbType.Uuid, NpgsqlDbType.Text, NpgsqlDbType.Bigint, NpgsqlDbType.Text,
        NpgsqlDbType.Jsonb, NpgsqlDbType.Jsonb, NpgsqlDbType.TimestampTz, NpgsqlDbType.Text, NpgsqlDbType.Text,
    ];

    private readonly ThrowawayCluster? _cluster;
    private readonly string _adminConnectionString;
    private readonly string _database;
    private readonly PostgresEventStore _store;
    private readonly NpgsqlDataSource _raw;

    private PostgresBenchEngine(ThrowawayCluster? cluster, string adminConnectionString, string database, string connectionString, PostgresEventStore store, NpgsqlDataSource raw, string version, string settings)
    {
        _cluster = cluster;
        _adminConnectionString = adminConnectionString;
        _database = database;
        Location = connectionString;
        _store = store;
        _raw = raw;
        Version = version;
        Settings = settings;
    }

    public override string Name => Harness.EngineNames.Postgres;

    public override string Version { get; }

    public override string Settings { get; }

    public override IEventStore Store => _store;

    public override string Location { get; }

    public static async Task<PostgresBenchEngine> StartAsync(string? server, Harness.ProgressLog progress, CancellationToken cancellationToken)
    {
        ThrowawayCluster? cluster = null;
        if (server is null)
        {
            progress.Say("postgres: starting a throwaway cluster");
            cluster = await ThrowawayCluster.StartAsync();
        }

        try
        {
            var admin = server ?? cluster!.ConnectionString;
            var database = "story_bench_" + Guid.NewGuid().ToString("N")[..12];
            await using (var connection = new NpgsqlConnection(admin))
            {
                await connection.OpenAsync(cancellationToken);
                await using var create = new NpgsqlCommand($"CREATE DATABASE {database}", connection);
                await create.ExecuteNonQueryAsync(cancellationToken);
            }

            var connectionString = new NpgsqlConnectionStringBuilder(admin) { Database = database, Timeout = 15, CommandTimeout = 600 }.ConnectionString;
            var store = await PostgresEventStore.OpenAsync(connectionString, cancellationToken: cancellationToken);
            var raw = NpgsqlDataSource.Create(connectionString);
            await using var show = raw.CreateCommand("SELECT current_setting('server_version'), current_setting('fsync'), current_setting('synchronous_commit'), current_setting('full_page_writes'), current_setting('shared_buffers')");
            await using var reader = await show.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            var settings = (cluster is null ? "server from " + Harness.BenchSettings.PostgresVariable : "throwaway cluster")
                + $": fsync={reader.GetString(1)}, synchronous_commit={reader.GetString(2)}, full_page_writes={reader.GetString(3)}, shared_buffers={reader.GetString(4)}";
            return new PostgresBenchEngine(cluster, admin, database, connectionString, store, raw, reader.GetString(0), settings);
        }
        catch
        {
            cluster?.Stop();
            throw;
        }
    }

    public override async Task<IEventStore> OpenSecondInstanceAsync(TimeSpan? pollInterval, CancellationToken cancellationToken)
    {
        var options = pollInterval is { } interval ? new PostgresStoreOptions { PollInterval = interval } : new PostgresStoreOptions();
        return await PostgresEventStore.OpenAsync(Location, options, cancellationToken);
    }

    public override async Task CreateScratchAsync(CancellationToken cancellationToken)
    {
        await using var command = _raw.CreateCommand(
            "DROP SCHEMA IF EXISTS bench_raw CASCADE; CREATE SCHEMA bench_raw; CREATE TABLE bench_raw.events (LIKE story.events INCLUDING ALL);");
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public override async Task<IReadOnlyList<object[]>> ReadStoredRowsAsync(long afterPosition, int count, CancellationToken cancellationToken)
    {
        await using var command = _raw.CreateCommand($"SELECT {StoredColumns} FROM story.events WHERE seq_id > $1 ORDER BY seq_id LIMIT $2");
        command.Parameters.Add(new NpgsqlParameter { Value = afterPosition });
        command.Parameters.Add(new NpgsqlParameter { Value = count });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
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
        await using var connection = await _raw.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var copy = await connection.BeginBinaryImportAsync($"COPY bench_raw.events ({ScratchColumns}) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var row in rows)
            {
                await copy.StartRowAsync(cancellationToken);
                for (var i = 0; i < row.Length; i++)
                {
                    await copy.WriteAsync(row[i], ScratchTypes[i], cancellationToken);
                }
            }

            await copy.CompleteAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public override async Task<long> ReadAllRawAsync(Action<long> progress, CancellationToken cancellationToken)
    {
        await using var command = _raw.CreateCommand($"SELECT {StoredColumns} FROM story.events ORDER BY seq_id");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        long rows = 0;
        long checksum = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            checksum += reader.GetInt64(0) + reader.GetGuid(1).GetHashCode() + reader.GetString(2).Length + reader.GetInt64(3)
                + reader.GetString(4).Length + reader.GetString(5).Length + reader.GetString(6).Length + reader.GetDateTime(7).Ticks
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
        await _store.DisposeAsync();
        await _raw.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        if (_cluster is not null)
        {
            await Task.Run(_cluster.Stop);
            return;
        }

        await using var connection = new NpgsqlConnection(_adminConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
