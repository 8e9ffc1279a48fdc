using Story.Postgres;
using Story.Store.Tests.Contract;

namespace Story.Store.Tests.Postgres;

/// <summary>The store contract, unchanged, against a fresh database on the fixture's PostgreSQL server.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresStoreContractTests(PostgresServerFixture server) : EventStoreContract
{
    protected override async Task<IEventStore> CreateStoreAsync(TimeProvider time) =>
        await PostgresEventStore.OpenAsync(await server.CreateDatabaseAsync(), new PostgresStoreOptions { TimeProvider = time });
}
