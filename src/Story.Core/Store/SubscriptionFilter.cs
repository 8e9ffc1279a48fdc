namespace Story.Store;

/// <summary>A server-side filter for a subscription: a stream prefix and/or a set of event types.</summary>
public sealed record SubscriptionFilter(string? StreamPrefix = null, IReadOnlySet<string>? EventTypes = null)
{
    public bool Matches(RecordedEvent e) =>
        (StreamPrefix is null || e.StreamId.StartsWith(StreamPrefix, StringComparison.Ordinal))
        && (EventTypes is null || EventTypes.Contains(e.EventType));
}
