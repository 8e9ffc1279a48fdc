using System.Text.Json;
using Story.Store;

namespace Story.Postgres.Appending;

/// <summary>What makes a batch appendable at all, checked before touching the database.</summary>
internal static class AppendValidation
{
    public static void Validate(string streamId, IReadOnlyList<EventData> events)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(streamId);
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count == 0)
        {
            throw new ArgumentException($"Appending to stream '{streamId}' needs at least one event.", nameof(events));
        }

        var seen = new HashSet<Guid>();
        foreach (var e in events)
        {
            if (!seen.Add(e.EventId))
            {
                throw new ArgumentException($"Event id {e.EventId} appears more than once in the batch for stream '{streamId}'.", nameof(events));
            }

            ArgumentException.ThrowIfNullOrWhiteSpace(e.EventType, nameof(events));
            try
            {
                using var document = JsonDocument.Parse(e.Data);
            }
            catch (JsonException ex)
            {
                throw new ArgumentException($"The data of event {e.EventId} ({e.EventType}) is not valid JSON: {ex.Message}", nameof(events), ex);
            }
        }
    }
}
