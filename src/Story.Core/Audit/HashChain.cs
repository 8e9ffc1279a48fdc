using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Story.Facts;
using Story.Store;

namespace Story.Audit;

/// <summary>
/// The tamper-evident chain over the global log: each event's hash is SHA-256 of the previous event's hash
/// and this event's canonical bytes, so rewriting any stored event breaks every hash from it on.
/// </summary>
public static class HashChain
{
    /// <summary>The previous hash of the first event.</summary>
    public static string Genesis { get; } = new('0', 64);

    public static string Compute(string previousHash, Guid eventId, string streamId, long streamVersion, string eventType, DateTimeOffset recordedAt, string data, EventMetadata metadata) =>
        ComputeCanonical(previousHash, eventId, streamId, streamVersion, eventType, recordedAt, CanonicalJson.Normalize(data), CanonicalJson.Normalize(MetadataJson(metadata)));

    /// <summary>
    /// <see cref="Compute(string, Guid, string, long, string, DateTimeOffset, string, EventMetadata)"/> for a writer that
    /// already holds the body and the metadata in canonical form (<see cref="CanonicalJson.Normalize"/>), so they are not
    /// parsed and rewritten a second time. Given anything else it returns a hash no reader will reproduce.
    /// </summary>
    public static string ComputeCanonical(string previousHash, Guid eventId, string streamId, long streamVersion, string eventType, DateTimeOffset recordedAt, string canonicalData, string canonicalMetadata)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            writer.WriteStringValue("story-event-v1");
            writer.WriteStringValue(previousHash);
            writer.WriteStringValue(eventId.ToString("D"));
            writer.WriteStringValue(streamId);
            writer.WriteNumberValue(streamVersion);
            writer.WriteStringValue(eventType);
            writer.WriteStringValue(FormatTime(recordedAt));
            writer.WriteRawValue(canonicalMetadata, skipInputValidation: true);
            writer.WriteRawValue(canonicalData, skipInputValidation: true);
            writer.WriteEndArray();
        }

        return Convert.ToHexStringLower(SHA256.HashData(buffer.ToArray()));
    }

    public static string Compute(string previousHash, RecordedEvent e) =>
        Compute(previousHash, e.EventId, e.StreamId, e.StreamVersion, e.EventType, e.RecordedAt, e.Data, e.Metadata);

    /// <summary>The metadata as JSON, in the one shape every engine stores.</summary>
    public static string MetadataJson(EventMetadata metadata) => JsonSerializer.Serialize(metadata, FactJson.Options);

    public static EventMetadata ParseMetadata(string json) =>
        JsonSerializer.Deserialize<EventMetadata>(json, FactJson.Options) ?? EventMetadata.Empty;

    private static string FormatTime(DateTimeOffset t) =>
        StoreClock.Truncate(t).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);
}
