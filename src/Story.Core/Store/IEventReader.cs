namespace Story.Store;

/// <summary>Reads streams and the global log.</summary>
public interface IEventReader
{
    /// <summary>The events of one stream from <paramref name="fromVersion"/> (1-based, inclusive), in version order.</summary>
    IAsyncEnumerable<RecordedEvent> ReadStreamAsync(string streamId, long fromVersion = 1, CancellationToken cancellationToken = default);

    /// <summary>The global log after <paramref name="afterPosition"/> (exclusive; 0 reads everything), in position order.</summary>
    IAsyncEnumerable<RecordedEvent> ReadAllAsync(long afterPosition = 0, CancellationToken cancellationToken = default);

    /// <summary>The position of the last committed event, 0 when the log is empty.</summary>
    Task<long> GetHeadPositionAsync(CancellationToken cancellationToken = default);

    /// <summary>The version of a stream (its number of events), 0 when it does not exist.</summary>
    Task<long> GetStreamVersionAsync(string streamId, CancellationToken cancellationToken = default);
}
