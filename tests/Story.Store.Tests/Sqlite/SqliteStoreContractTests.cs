using Story.Sqlite;
using Story.Store.Tests.Contract;

namespace Story.Store.Tests.Sqlite;

/// <summary>The store contract against a real SQLite file in a temp folder.</summary>
public sealed class SqliteStoreContractTests : EventStoreContract
{
    private readonly TempFolder _folder = new();

    protected override async Task<IEventStore> CreateStoreAsync(TimeProvider time) =>
        await SqliteEventStore.OpenAsync(_folder.File("story.db"), new SqliteStoreOptions { TimeProvider = time });

    protected override Task CleanUpAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }
}
