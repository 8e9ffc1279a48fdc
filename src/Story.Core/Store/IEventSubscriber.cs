namespace Story.Store;

/// <summary>Follows the global log.</summary>
public interface IEventSubscriber
{
    /// <summary>
    /// Catches up from <paramref name="afterPosition"/> (exclusive), then goes live: yields every matching event exactly
    /// once, in position order, with no gaps, until cancelled. To resume, pass the last position seen.
    /// </summary>
    IAsyncEnumerable<RecordedEvent> SubscribeAsync(long afterPosition, SubscriptionFilter? filter = null, CancellationToken cancellationToken = default);
}
