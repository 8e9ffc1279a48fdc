namespace Story.Store;

/// <summary>Appends events to streams.</summary>
public interface IEventWriter
{
    /// <summary>
    /// Appends <paramref name="events"/> to <paramref name="streamId"/> atomically: all of them or none.
    /// Events whose id is already stored are skipped (so retries are safe); if every event of the batch is
    /// already stored the call is a no-op that returns their positions, whatever the expected version.
    /// </summary>
    /// <exception cref="WrongExpectedVersionException">The stream is not at <paramref name="expected"/>.</exception>
    Task<AppendResult> AppendAsync(string streamId, ExpectedVersion expected, IReadOnlyList<EventData> events, CancellationToken cancellationToken = default);
}
