using System.Globalization;
using System.Text;
using System.Text.Json;
using Google.Protobuf;
using Story.Audit;
using Story.KurrentDb.Protocol;
using Story.KurrentDb.Protocol.Streams;
using Story.Store;
using KurrentRecordedEvent = Story.KurrentDb.Protocol.Streams.ReadResp.Types.ReadEvent.Types.RecordedEvent;

namespace Story.KurrentDb.Envelope;

/// <summary>
/// How a Story event is stored in KurrentDB. KurrentDB keeps the id, the type, the data and its own revision and
/// log position; everything else Story's envelope needs (global position, stream and version, recordedAt from
/// Story's clock, the hash chain, correlation, causation, actor) travels in the event's custom metadata as JSON:
/// <code>{"storyPosition":7,"streamId":"story-x","streamVersion":2,"recordedAt":"2025-03-01T10:00:00.000000Z",
///  "previousHash":"…","hash":"…","metadata":{"correlationId":"…","actor":"…"}}</code>
/// </summary>
internal static class StoryEnvelope
{
    public const string JsonContentType = "application/json";

    public static AppendReq.Types.ProposedMessage ToProposedMessage(RecordedEvent e)
    {
        var message = new AppendReq.Types.ProposedMessage
        {
            Id = Uuids.ToWire(e.EventId),
            Data = ByteString.CopyFromUtf8(e.Data),
            CustomMetadata = ByteString.CopyFrom(WriteCustomMetadata(e)),
        };
        message.Metadata["type"] = e.EventType;
        message.Metadata["content-type"] = JsonContentType;
        return message;
    }

    public static byte[] WriteCustomMetadata(RecordedEvent e)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("storyPosition", e.Position);
            writer.WriteString("streamId", e.StreamId);
            writer.WriteNumber("streamVersion", e.StreamVersion);
            writer.WriteString("recordedAt", FormatTime(e.RecordedAt));
            writer.WriteString("previousHash", e.PreviousHash);
            writer.WriteString("hash", e.Hash);
            writer.WritePropertyName("metadata");
            writer.WriteRawValue(HashChain.MetadataJson(e.Metadata));
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>A Story event read from the Story log stream, whose revision r holds Story position r + 1.</summary>
    public static RecordedEvent FromLog(KurrentRecordedEvent? stored, string logStream)
    {
        var e = Read(stored, logStream);
        var expectedPosition = ExpectedRevisions.ToVersion(stored!.StreamRevision);
        return e.Position == expectedPosition
            ? e
            : throw new InvalidDataException($"Event {e.EventId} at revision {stored.StreamRevision} of '{logStream}' says it is at Story position {e.Position}, not {expectedPosition}.");
    }

    /// <summary>A Story event read from its own story stream, whose revision r holds Story version r + 1.</summary>
    public static RecordedEvent FromStoryStream(KurrentRecordedEvent? stored, string streamId)
    {
        var e = Read(stored, streamId);
        var expectedVersion = ExpectedRevisions.ToVersion(stored!.StreamRevision);
        return e.StreamId == streamId && e.StreamVersion == expectedVersion
            ? e
            : throw new InvalidDataException($"Event {e.EventId} at revision {stored.StreamRevision} of '{streamId}' says it is version {e.StreamVersion} of '{e.StreamId}'.");
    }

    private static RecordedEvent Read(KurrentRecordedEvent? stored, string streamName)
    {
        if (stored is null)
        {
            throw new InvalidDataException($"KurrentDB sent a read response from '{streamName}' without an event.");
        }

        var id = Uuids.FromWire(stored.Id);
        var where = $"event {id} at revision {stored.StreamRevision} of '{StreamNames.FromWire(stored.StreamIdentifier)}'";
        if (!stored.Metadata.TryGetValue("type", out var eventType))
        {
            throw new InvalidDataException($"The {where} has no type.");
        }

        try
        {
            using var document = JsonDocument.Parse(stored.CustomMetadata.Memory);
            var root = document.RootElement;
            return new RecordedEvent(
                Position: root.GetProperty("storyPosition").GetInt64(),
                StreamId: root.GetProperty("streamId").GetString() ?? throw new InvalidDataException("streamId is null"),
                StreamVersion: root.GetProperty("streamVersion").GetInt64(),
                EventId: id,
                EventType: eventType,
                Data: Encoding.UTF8.GetString(stored.Data.Span),
                Metadata: HashChain.ParseMetadata(root.GetProperty("metadata").GetRawText()),
                RecordedAt: ParseTime(root.GetProperty("recordedAt").GetString()),
                PreviousHash: root.GetProperty("previousHash").GetString() ?? throw new InvalidDataException("previousHash is null"),
                Hash: root.GetProperty("hash").GetString() ?? throw new InvalidDataException("hash is null"));
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or InvalidDataException)
        {
            throw new InvalidDataException($"The {where} was not written by Story: its custom metadata is not a Story envelope ({ex.Message}).", ex);
        }
    }

    private static string FormatTime(DateTimeOffset t) =>
        StoreClock.Truncate(t).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    private static DateTimeOffset ParseTime(string? text) =>
        DateTimeOffset.ParseExact(text ?? string.Empty, "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
