using System.Diagnostics;
using Npgsql;

namespace Story.Store.Tests.Postgres;

/// <summary>
/// The PostgreSQL server the PostgreSQL tests run against, shared by every test class of <see cref="PostgresCollection"/>.
/// With <c>STORY_TEST_POSTGRES</c> set (a connection string of a server where the tests may create databases) it uses
/// that server; otherwise it starts a throwaway cluster from the installed binaries and deletes it afterwards.
/// Missing binaries fail the tests with a message saying what to install: never a silent skip.
/// </summary>
public sealed class PostgresServerFixture : IAsyncLifetime
{
    public const string ServerVariable = "STORY_TEST_POSTGRES";

    private readonly List<string> _databases = [];
    private ThrowawayCluster? _cluster;
    private string? _adminConnectionString;

    /// <summary>Whether the server is our throwaway cluster (so it can be restarted, and its processes killed).</summary>
    public bool OwnsServer => _cluster is not null;

    public string AdminConnectionString => _adminConnectionString ?? throw new InvalidOperationException("The fixture has not been initialised.");

    public async Task InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } external)
        {
            _adminConnectionString = external;
        }
        else
        {
            _cluster = await ThrowawayCluster.StartAsync();
            _adminConnectionString = _cluster.ConnectionString;
            // If the test host is torn down without disposing fixtures, do not leave a server running.
            AppDomain.CurrentDomain.ProcessExit += (_, _) => _cluster.Stop();
        }

        await WaitUntilAcceptingConnectionsAsync(TimeSpan.FromSeconds(30));
    }

    /// <summary>A fresh, empty database (<c>story_test_&lt;guid&gt;</c>) on the server; returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "story_test_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        lock (_databases)
        {
            _databases.Add(name);
        }

        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>
    /// Takes the server away and brings it back: pg_ctl restart for our own cluster; for an external server (which we may
    /// not restart) every connection to the test databases is terminated, which is what clients see of a restart.
    /// </summary>
    public async Task RestartServerAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.RestartAsync();
        }
        else
        {
            await ExecuteAsync("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname LIKE 'story_test_%' AND pid <> pg_backend_pid()");
        }

        NpgsqlConnection.ClearAllPools();
        await WaitUntilAcceptingConnectionsAsync(TimeSpan.FromSeconds(60));
    }

    /// <summary>
    /// Kills one server backend process with SIGKILL (our own cluster: the postmaster then recovers from WAL, dropping
    /// every connection) or, on an external server, terminates it; waits until the server accepts connections again.
    /// </summary>
    public async Task KillBackendAsync(int backendPid)
    {
        if (_cluster is not null)
        {
            // The postmaster answers a killed backend by ending every other one and recovering; until then a new
            // connection may still be served. A bystander connection tells when that reset has really happened.
            await using var bystander = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(AdminConnectionString) { Pooling = false }.ConnectionString);
            await bystander.OpenAsync();
            using (var backend = Process.GetProcessById(backendPid))
            {
                backend.Kill(); // SIGKILL
            }

            await WaitUntilDeadAsync(bystander, TimeSpan.FromSeconds(30));
        }
        else
        {
            await ExecuteAsync($"SELECT pg_terminate_backend({backendPid})");
        }

        NpgsqlConnection.ClearAllPools();
        await WaitUntilAcceptingConnectionsAsync(TimeSpan.FromSeconds(60));
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_cluster is not null)
        {
            await Task.Run(_cluster.Stop);
            return;
        }

        foreach (var name in _databases)
        {
            await ExecuteAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        }
    }

    private async Task WaitUntilAcceptingConnectionsAsync(TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                await ExecuteAsync("SELECT 1");
                return;
            }
            catch (NpgsqlException) when (clock.Elapsed < timeout)
            {
                NpgsqlConnection.ClearAllPools();
                await Task.Delay(100);
            }
        }
    }

    private static async Task WaitUntilDeadAsync(NpgsqlConnection connection, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            try
            {
                await using var probe = new NpgsqlCommand("SELECT 1", connection);
                await probe.ExecuteScalarAsync();
                await Task.Delay(20);
            }
            catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException)
            {
                return;
            }
        }

        throw new TimeoutException("The server did not reset after a backend was killed.");
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
