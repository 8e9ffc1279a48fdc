namespace Story.Store;

/// <summary>An event to append. Appending an <see cref="EventId"/> that is already stored is a no-op.</summary>
/// <param name="EventId">Identity chosen by the caller so that retries are safe.</param>
/// <param name="EventType">The stored type name.</param>
/// <param name="Data">The event body as a JSON object.</param>
/// <param name="Metadata">Correlation, causation and actor.</param>
public sealed record EventData(Guid EventId, string EventType, string Data, EventMetadata Metadata);
