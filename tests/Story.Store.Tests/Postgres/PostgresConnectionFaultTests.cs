using System.Net;
using System.Net.Sockets;
using Npgsql;
using Story.Postgres;

namespace Story.Store.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresConnectionFaultTests(PostgresServerFixture server)
{
    [Fact]
    public async Task Open_WithWrongPassword_NamesTheProblemWithoutThePassword()
    {
        // Given a connection string whose password is wrong
        var database = new NpgsqlConnectionStringBuilder(await server.CreateDatabaseAsync());
        var wrongPassword = "wrong-" + Guid.NewGuid().ToString("N");
        database.Password = wrongPassword;

        // When the store is opened with it
        var thrown = await Assert.ThrowsAsync<StoreUnavailableException>(() => PostgresEventStore.OpenAsync(database.ConnectionString));

        // Then the message says the login failed and for whom, and the password appears nowhere in the error
        Assert.Contains("password authentication failed for user", thrown.Message, StringComparison.Ordinal);
        Assert.Contains(database.Username!, thrown.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(wrongPassword, thrown.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_WhenNoServerListens_ThrowsStoreUnavailableNamingWhere()
    {
        // Given a port nothing listens on
        var port = FreePort();
        var secret = "secret-" + Guid.NewGuid().ToString("N");
        var connectionString = $"Host=127.0.0.1;Port={port};Username=story;Password={secret};Database=story;Timeout=5";

        // When the store is opened there
        var thrown = await Assert.ThrowsAsync<StoreUnavailableException>(() => PostgresEventStore.OpenAsync(connectionString));

        // Then the message names the endpoint and says it is unreachable, without the password
        Assert.Contains($"story@127.0.0.1:{port}/story", thrown.Message, StringComparison.Ordinal);
        Assert.Contains("not reachable", thrown.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, thrown.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Description_OfAnOpenStore_ShowsWhereButNotThePassword()
    {
        // Given a store opened with a password
        var database = new NpgsqlConnectionStringBuilder(await server.CreateDatabaseAsync());
        await using var store = await PostgresEventStore.OpenAsync(database.ConnectionString);

        // When it describes itself / Then host, port, database and user are there and the password is not
        Assert.Contains($"{database.Username}@{database.Host}:{database.Port}/{database.Database}", store.Description, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(database.Password));
        Assert.DoesNotContain(database.Password, store.Description, StringComparison.Ordinal);
        await store.CheckHealthAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
