using System.Text.Json;
using Story.Audit;
using Story.Store;

namespace Story.Sqlite.Appending;

/// <summary>An event of a batch, checked and in the canonical form it is stored and hashed in.</summary>
internal sealed record PendingEvent(Guid EventId, string EventType, string Data, string MetadataJson, EventMetadata Metadata)
{
    /// <summary>Checks a batch before any lock is taken, so that a bad batch costs the store nothing.</summary>
    /// <exception cref="ArgumentException">An empty batch, a repeated event id, a missing type or data that is not JSON.</exception>
    public static IReadOnlyList<PendingEvent> FromBatch(string streamId, IReadOnlyList<EventData> events)
    {
        ArgumentException.ThrowIfNullOrEmpty(streamId);
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count == 0)
        {
            throw new ArgumentException($"An append to '{streamId}' needs at least one event.", nameof(events));
        }

        var seen = new HashSet<Guid>();
        var pending = new List<PendingEvent>(events.Count);
        foreach (var e in events)
        {
            ArgumentNullException.ThrowIfNull(e, nameof(events));
            if (!seen.Add(e.EventId))
            {
                throw new ArgumentException($"Event id {e.EventId} appears more than once in the batch for '{streamId}'.", nameof(events));
            }

            if (string.IsNullOrWhiteSpace(e.EventType))
            {
                throw new ArgumentException($"Event {e.EventId} has no event type.", nameof(events));
            }

            var metadata = e.Metadata ?? EventMetadata.Empty;
            pending.Add(new(e.EventId, e.EventType, Canonical(e), CanonicalJson.Normalize(HashChain.MetadataJson(metadata)), metadata));
        }

        return pending;
    }

    private static string Canonical(EventData e)
    {
        try
        {
            return CanonicalJson.Normalize(e.Data);
        }
        catch (JsonException ex)
        {
            throw new ArgumentException($"The data of event {e.EventId} is not valid JSON: {ex.Message}", nameof(e), ex);
        }
    }
}
