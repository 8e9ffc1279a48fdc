using Story.Audit;
using Story.Postgres;

namespace Story.Store.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresSchemaTests(PostgresServerFixture server)
{
    [Fact]
    public async Task Open_Twice_AppliesEachScriptOnceAndKeepsEvents()
    {
        // Given a store that was opened and written to
        var database = await server.CreateDatabaseAsync();
        await using (var first = await PostgresEventStore.OpenAsync(database))
        {
            await first.AppendAsync("story-a", ExpectedVersion.NoStream, TestEvents.Claims("a", 3));
        }

        // When it is opened again
        await using var second = await PostgresEventStore.OpenAsync(database);

        // Then every script is recorded once, at the latest version, and the events are still there
        var versions = await Sql.ColumnAsync<int>(database, "SELECT version FROM story.schema_version ORDER BY version");
        Assert.Equal(Enumerable.Range(1, second.SchemaVersion), versions);
        Assert.True(second.SchemaVersion >= 2);
        Assert.Equal(3, await second.GetHeadPositionAsync());
    }

    [Fact]
    public async Task Open_ByManyOpenersAtOnce_AppliesEachScriptOnce()
    {
        // Given an empty database
        var database = await server.CreateDatabaseAsync();

        // When six processes' worth of stores open it at the same moment
        var stores = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => PostgresEventStore.OpenAsync(database))));

        // Then the advisory lock made them take turns: each script applied once, and all see the same schema
        try
        {
            var versions = await Sql.ColumnAsync<int>(database, "SELECT version FROM story.schema_version ORDER BY version");
            Assert.Equal(Enumerable.Range(1, stores[0].SchemaVersion), versions);
            Assert.All(stores, s => Assert.Equal(stores[0].SchemaVersion, s.SchemaVersion));
        }
        finally
        {
            foreach (var store in stores)
            {
                await store.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task Open_DatabaseLeftAtSchema0001_UpgradesInPlaceKeepingEvents()
    {
        // Given a database an older release created with script 0001 only, holding events
        var database = await server.CreateDatabaseAsync();
        await using (var old = await PostgresEventStore.OpenAsync(database, new PostgresStoreOptions { SchemaVersionLimit = 1 }))
        {
            Assert.Equal(1, old.SchemaVersion);
            await old.AppendAsync("story-a", ExpectedVersion.NoStream, TestEvents.Claims("a", 4));
            await old.AppendAsync("story-b", ExpectedVersion.NoStream, TestEvents.Claims("b", 2));
        }

        Assert.Equal(0L, await Sql.ScalarAsync<long>(database, "SELECT count(*) FROM pg_indexes WHERE schemaname = 'story' AND indexname = 'events_recorded_at'"));

        // When the current release opens it
        await using var store = await PostgresEventStore.OpenAsync(database);

        // Then the later scripts ran, the events are intact, and appending continues the chain
        Assert.Equal(1L, await Sql.ScalarAsync<long>(database, "SELECT count(*) FROM pg_indexes WHERE schemaname = 'story' AND indexname = 'events_recorded_at'"));
        Assert.Equal(Enumerable.Range(1, store.SchemaVersion), await Sql.ColumnAsync<int>(database, "SELECT version FROM story.schema_version ORDER BY version"));
        Assert.Equal(4, await store.GetStreamVersionAsync("story-a"));
        await store.AppendAsync("story-a", ExpectedVersion.Exact(4), TestEvents.Claims("a", 1, firstNumber: 5));
        var verification = await ChainVerifier.VerifyAsync(store);
        Assert.True(verification.IsIntact, verification.Problem);
        Assert.Equal(7, verification.Checked);
    }
}
