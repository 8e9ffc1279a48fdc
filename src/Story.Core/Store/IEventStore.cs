namespace Story.Store;

/// <summary>An event store engine: the contract that SQLite, PostgreSQL and KurrentDB each implement.</summary>
public interface IEventStore : IEventReader, IEventWriter, IEventSubscriber, IAsyncDisposable
{
    /// <summary>A short name of the engine and where it points, without secrets.</summary>
    string Description { get; }

    /// <summary>Throws <see cref="StoreUnavailableException"/> when the store cannot be reached.</summary>
    Task CheckHealthAsync(CancellationToken cancellationToken = default);
}
