using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Story.Store.Tests.Postgres;

/// <summary>
/// A PostgreSQL cluster of our own, from the installed server binaries, in a temporary folder: what Testcontainers would
/// start in Docker. fsync is off (a test cluster need not survive power loss; a killed backend is still recovered from WAL).
/// </summary>
internal sealed class ThrowawayCluster
{
    public const string BinariesVariable = "STORY_TEST_POSTGRES_BIN";

    // Named here, not taken from PostgresServerFixture, so the benchmark harness can compile this file on its own.
    private const string ServerVariable = "STORY_TEST_POSTGRES";
    private static readonly TimeSpan ToolTimeout = TimeSpan.FromSeconds(90);

    private readonly string _binaries;
    private readonly string _root;
    private readonly int _port;
    private int _stopped;

    private ThrowawayCluster(string binaries, string root, int port, string password)
    {
        _binaries = binaries;
        _root = root;
        _port = port;
        ConnectionString = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = port,
            Username = "postgres",
            Password = password,
            Database = "postgres",
            Timeout = 5,
        }.ConnectionString;
    }

    /// <summary>The superuser over TCP, authenticated by password (scram-sha-256), so a wrong password really fails.</summary>
    public string ConnectionString { get; }

    private string DataDirectory => Path.Combine(_root, "data");

    private string LogFile => Path.Combine(_root, "server.log");

    public static async Task<ThrowawayCluster> StartAsync()
    {
        var binaries = FindBinaries();
        var root = Directory.CreateTempSubdirectory("story-pg-").FullName;
        Directory.CreateDirectory(Path.Combine(root, "sockets"));
        var password = "pw-" + Guid.NewGuid().ToString("N");
        var passwordFile = Path.Combine(root, "superuser-password");
        await File.WriteAllTextAsync(passwordFile, password);
        if (ProcessRunner.MustSwitchUser)
        {
            await ProcessRunner.RunAsync("chown", ["-R", "postgres:postgres", root], ToolTimeout, asPostgresUser: false);
        }

        var cluster = new ThrowawayCluster(binaries, root, FreePort(), password);
        try
        {
            await ProcessRunner.RunAsync(
                Path.Combine(binaries, "initdb"),
                ["-D", cluster.DataDirectory, "-U", "postgres", $"--pwfile={passwordFile}", "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C", "--no-sync"],
                ToolTimeout);
            File.Delete(passwordFile);
            await cluster.PgCtlAsync("start", "-w", "-t", "60", "-l", cluster.LogFile, "-o", cluster.ServerOptions);
            return cluster;
        }
        catch (Exception ex)
        {
            var log = File.Exists(cluster.LogFile) ? await File.ReadAllTextAsync(cluster.LogFile) : "(no server log)";
            cluster.Stop();
            throw new InvalidOperationException($"Could not start a throwaway PostgreSQL from {binaries}: {ex.Message}\nServer log:\n{log}", ex);
        }
    }

    /// <summary>A clean restart (pg_ctl restart -m fast): every connection is dropped, committed data stays.</summary>
    public Task RestartAsync() => PgCtlAsync("restart", "-m", "fast", "-w", "-t", "60", "-l", LogFile, "-o", ServerOptions);

    /// <summary>Stops at once (no checkpoint: the folder is deleted next) and deletes the folder. Safe to call twice.</summary>
    public void Stop()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            return;
        }

        try
        {
            if (File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
            {
                ProcessRunner.RunAsync(Path.Combine(_binaries, "pg_ctl"), ["stop", "-D", DataDirectory, "-m", "immediate", "-w"], ToolTimeout)
                    .GetAwaiter().GetResult();
            }
        }
        finally
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private string ServerOptions => string.Create(
        CultureInfo.InvariantCulture,
        $"-p {_port} -k {Path.Combine(_root, "sockets")} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200");

    private async Task PgCtlAsync(params string[] arguments) =>
        await ProcessRunner.RunAsync(Path.Combine(_binaries, "pg_ctl"), [arguments[0], "-D", DataDirectory, .. arguments[1..]], ToolTimeout);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string FindBinaries()
    {
        var candidates = new List<string>();
        if (Environment.GetEnvironmentVariable(BinariesVariable) is { Length: > 0 } configured)
        {
            candidates.Add(configured);
        }

        if (Directory.Exists("/usr/lib/postgresql"))
        {
            candidates.AddRange(Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => (Directory: d, Version: double.TryParse(Path.GetFileName(d), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : 0))
                .OrderByDescending(d => d.Version)
                .Select(d => Path.Combine(d.Directory, "bin")));
        }

        if (PgConfigBinDirectory() is { } fromPgConfig)
        {
            candidates.Add(fromPgConfig);
        }

        candidates.Add("/usr/local/pgsql/bin");
        var found = candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")));
        return found ?? throw new InvalidOperationException(
            $"PostgreSQL server binaries not found (looked in {string.Join(", ", candidates.Distinct())}); " +
            $"install them with `apt-get install -y postgresql` or set {ServerVariable} to a connection string " +
            $"of a server where the tests may create databases (or {BinariesVariable} to the folder holding initdb and pg_ctl).");
    }

    private static string? PgConfigBinDirectory()
    {
        try
        {
            return ProcessRunner.RunAsync("pg_config", ["--bindir"], TimeSpan.FromSeconds(10), asPostgresUser: false)
                .GetAwaiter().GetResult().Trim();
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException or TimeoutException)
        {
            return null;
        }
    }
}
