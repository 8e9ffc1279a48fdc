using Story.KurrentDb;
using Story.Postgres;
using Story.Sqlite;
using Story.Store;

namespace Story.Application.Stores;

/// <summary>Opens the engine a <see cref="StoreLocation"/> names.</summary>
public static class StoreOpener
{
    /// <param name="location">Which engine and where.</param>
    /// <param name="time">The store clock (recordedAt).</param>
    /// <param name="createIfMissing">False for read-only commands, so that a mistyped path is an error, not a new empty store.</param>
    /// <param name="cancellationToken">Cancels opening.</param>
    public static async Task<IEventStore> OpenAsync(StoreLocation location, TimeProvider? time = null, bool createIfMissing = true, CancellationToken cancellationToken = default)
    {
        time ??= TimeProvider.System;
        return location.Engine switch
        {
            StoreEngine.Sqlite => await SqliteEventStore.OpenAsync(location.Target, new SqliteStoreOptions { TimeProvider = time, CreateIfMissing = createIfMissing }, cancellationToken),
            StoreEngine.Postgres => await PostgresEventStore.OpenAsync(location.Target, new PostgresStoreOptions { TimeProvider = time }, cancellationToken),
            _ => KurrentDbEventStore.Create(ParseKurrent(location.Target), new KurrentDbStoreOptions { Time = time }),
        };
    }

    private static KurrentDbConnectionString ParseKurrent(string target)
    {
        try
        {
            return KurrentDbConnectionString.Parse(target);
        }
        catch (FormatException ex)
        {
            throw new StoreLocationException(ex.Message);
        }
    }
}
