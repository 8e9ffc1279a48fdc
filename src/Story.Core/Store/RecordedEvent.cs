namespace Story.Store;

/// <summary>An event as stored, with the envelope the store added.</summary>
/// <param name="Position">Global position in the log, 1-based and gap-free in commit order.</param>
/// <param name="StreamId">The stream it was appended to.</param>
/// <param name="StreamVersion">Its version in that stream, 1-based.</param>
/// <param name="EventId">The caller's identity for it.</param>
/// <param name="EventType">The stored type name.</param>
/// <param name="Data">The body, canonical JSON.</param>
/// <param name="Metadata">Correlation, causation, actor.</param>
/// <param name="RecordedAt">The store's clock when it was committed (UTC, microsecond precision).</param>
/// <param name="PreviousHash">The hash of the event at the previous position (zeros for the first).</param>
/// <param name="Hash">SHA-256 over <paramref name="PreviousHash"/> and this event's canonical bytes.</param>
public sealed record RecordedEvent(
    long Position,
    string StreamId,
    long StreamVersion,
    Guid EventId,
    string EventType,
    string Data,
    EventMetadata Metadata,
    DateTimeOffset RecordedAt,
    string PreviousHash,
    string Hash);
