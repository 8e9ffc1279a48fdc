using System.Text.Json;
using Google.Protobuf;
using Story.Audit;
using Story.KurrentDb.Envelope;
using Story.KurrentDb.Protocol;
using KurrentRecordedEvent = Story.KurrentDb.Protocol.Streams.ReadResp.Types.ReadEvent.Types.RecordedEvent;

namespace Story.Store.Tests.KurrentDb;

/// <summary>What KurrentDB cannot hold natively travels in custom metadata and comes back exactly.</summary>
public sealed class StoryEnvelopeTests
{
    private static readonly DateTimeOffset RecordedAt = new DateTimeOffset(2024, 2, 24, 6, 30, 0, TimeSpan.Zero).AddTicks(1_234_560);

    private static RecordedEvent SomeEvent(long position = 7, long version = 2)
    {
        var metadata = new EventMetadata("import-1", "cmd-42", "desk-kyiv", new Dictionary<string, string> { ["evidence"] = "same quote" });
        const string data = "{\"claim\":\"bridge closed\",\"count\":3}";
        var previous = new string('a', 64);
        var id = Guid.Parse("6f9619ff-8b86-d011-b42d-00cf4fc964ff");
        var hash = HashChain.Compute(previous, id, "story-kyiv", version, "claim-reported", RecordedAt, data, metadata);
        return new RecordedEvent(position, "story-kyiv", version, id, "claim-reported", data, metadata, RecordedAt, previous, hash);
    }

    /// <summary>What a server returns for an appended message: the same id, type, data and custom metadata at a revision.</summary>
    private static KurrentRecordedEvent AsStored(RecordedEvent e, string kurrentStream, ulong revision)
    {
        var proposed = StoryEnvelope.ToProposedMessage(e);
        var stored = new KurrentRecordedEvent
        {
            Id = new UUID { String = e.EventId.ToString() },
            StreamIdentifier = StreamNames.ToWire(kurrentStream),
            StreamRevision = revision,
            CommitPosition = 123_456,
            PreparePosition = 123_456,
            CustomMetadata = proposed.CustomMetadata,
            Data = proposed.Data,
        };
        stored.Metadata.Add(proposed.Metadata);
        stored.Metadata["created"] = "638443386001234560";
        return stored;
    }

    [Fact]
    public void FromLog_StoredEvent_ComesBackWithItsWholeStoryEnvelope()
    {
        // Given an event at Story position 7, stored at revision 6 of the log
        var original = SomeEvent(position: 7);
        var stored = AsStored(original, "$story-log", revision: 6);

        // When
        var read = StoryEnvelope.FromLog(stored, "$story-log");

        // Then
        Assert.Equal(original with { Metadata = read.Metadata }, read);
        Assert.Equal(original.Metadata.Properties, read.Metadata.Properties);
        Assert.Equal(original.Metadata with { Properties = null }, read.Metadata with { Properties = null });
        Assert.Equal(original.Hash, HashChain.Compute(original.PreviousHash, read));
    }

    [Fact]
    public void FromStoryStream_CopyAtItsVersion_ComesBackEqual()
    {
        var original = SomeEvent(position: 7, version: 2);

        var read = StoryEnvelope.FromStoryStream(AsStored(original, "story-kyiv", revision: 1), "story-kyiv");

        Assert.Equal((original.Position, original.StreamVersion, original.Hash), (read.Position, read.StreamVersion, read.Hash));
    }

    [Fact]
    public void CustomMetadata_IsJsonWithStoryFieldsKurrentDbLacks()
    {
        // When
        using var json = JsonDocument.Parse(StoryEnvelope.WriteCustomMetadata(SomeEvent()));
        var root = json.RootElement;

        // Then
        Assert.Equal(7, root.GetProperty("storyPosition").GetInt64());
        Assert.Equal("story-kyiv", root.GetProperty("streamId").GetString());
        Assert.Equal(2, root.GetProperty("streamVersion").GetInt64());
        Assert.Equal("2024-02-24T06:30:00.123456Z", root.GetProperty("recordedAt").GetString());
        Assert.Equal(64, root.GetProperty("previousHash").GetString()!.Length);
        Assert.Equal("desk-kyiv", root.GetProperty("metadata").GetProperty("actor").GetString());
        Assert.Equal("import-1", root.GetProperty("metadata").GetProperty("correlationId").GetString());
    }

    [Fact]
    public void FromLog_AtRevisionThatDisagreesWithPosition_IsRejected()
    {
        var stored = AsStored(SomeEvent(position: 7), "$story-log", revision: 9);

        var failure = Assert.Throws<InvalidDataException>(() => StoryEnvelope.FromLog(stored, "$story-log"));

        Assert.Contains("position 7, not 10", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromLog_EventNotWrittenByStory_IsRejectedByName()
    {
        // Given an event someone else wrote, with no Story envelope
        var stored = AsStored(SomeEvent(), "$story-log", revision: 6);
        stored.CustomMetadata = ByteString.CopyFromUtf8("{\"$correlationId\":\"x\"}");

        // When
        var failure = Assert.Throws<InvalidDataException>(() => StoryEnvelope.FromLog(stored, "$story-log"));

        // Then
        Assert.Contains("not written by Story", failure.Message, StringComparison.Ordinal);
    }
}
