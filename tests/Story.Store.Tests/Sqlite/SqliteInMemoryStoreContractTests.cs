using Story.Sqlite;
using Story.Store.Tests.Contract;

namespace Story.Store.Tests.Sqlite;

/// <summary>The store contract against <c>:memory:</c>, the mode other projects' unit tests use.</summary>
public sealed class SqliteInMemoryStoreContractTests : EventStoreContract
{
    protected override async Task<IEventStore> CreateStoreAsync(TimeProvider time) =>
        await SqliteEventStore.OpenAsync(":memory:", new SqliteStoreOptions { TimeProvider = time });
}
