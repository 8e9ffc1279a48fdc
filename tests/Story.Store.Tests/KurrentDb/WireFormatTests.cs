using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Story.KurrentDb.Envelope;
using Story.KurrentDb.Protocol;
using Story.KurrentDb.Protocol.Streams;

namespace Story.Store.Tests.KurrentDb;

/// <summary>
/// Our protos must match the field numbers of KurrentDB's published streams.proto and shared.proto. These tests
/// pin bytes written by hand from the published numbers (tag = field number × 8 + wire type), so a wrong number in
/// our .proto files fails here even though our own code would round-trip it happily.
/// </summary>
public sealed class WireFormatTests
{
    private static string Hex(IMessage message) => Convert.ToHexString(message.ToByteArray());

    [Fact]
    public void StreamIdentifier_NameIsField3() =>
        // stream_name = 3, bytes: tag 0x1A, length 1, "s"
        Assert.Equal("1A0173", Hex(StreamNames.ToWire("s")));

    [Fact]
    public void AppendReq_OptionsWithNoStream_MatchesPublishedNumbers()
    {
        // options = 1 { stream_identifier = 1 { stream_name = 3 "s" }, no_stream = 3 {} }
        var request = new AppendReq { Options = ExpectedRevisions.Options("s", ExpectedVersion.NoStream) };

        Assert.Equal("0A07" + "0A031A0173" + "1A00", Hex(request));
    }

    [Fact]
    public void AppendReq_OptionsWithRevision_MatchesPublishedNumbers()
    {
        // options = 1 { stream_identifier = 1 {...}, revision = 2 (varint 4) }
        var request = new AppendReq { Options = ExpectedRevisions.Options("s", ExpectedVersion.Exact(5)) };

        Assert.Equal("0A07" + "0A031A0173" + "1004", Hex(request));
    }

    [Fact]
    public void AppendReq_ProposedMessage_MatchesPublishedNumbers()
    {
        // proposed_message = 2 { id = 1 { structured = 1 { msb = 1, lsb = 2 } }, metadata = 2 map, custom_metadata = 3, data = 4 }
        var message = new AppendReq.Types.ProposedMessage
        {
            Id = new UUID { Structured = new UUID.Types.Structured { MostSignificantBits = 1, LeastSignificantBits = 2 } },
            CustomMetadata = ByteString.CopyFromUtf8("m"),
            Data = ByteString.CopyFromUtf8("{}"),
        };
        message.Metadata["type"] = "t";
        var request = new AppendReq { ProposedMessage = message };

        var id = "0A06" + "0A04" + "0801" + "1002";
        var metadataEntry = "1209" + "0A0474797065" + "120174";
        var inner = id + metadataEntry + "1A016D" + "22027B7D";
        Assert.Equal("12" + (inner.Length / 2).ToString("X2", System.Globalization.CultureInfo.InvariantCulture) + inner, Hex(request));
    }

    [Fact]
    public void ReadReq_StreamForwards_MatchesPublishedNumbers()
    {
        // options = 1 { stream = 1 { stream_identifier = 1, revision = 2 (0) }, count = 5 (10), no_filter = 8, uuid_option = 9 { string = 2 } }
        var request = ReadRequests.StreamForwards("s", fromRevision: 0, count: 10);

        var options = "0A07" + "0A031A0173" + "1000" + "280A" + "4200" + "4A021200";
        Assert.Equal("0A" + (options.Length / 2).ToString("X2", System.Globalization.CultureInfo.InvariantCulture) + options, Hex(request));
    }

    [Fact]
    public void ReadReq_SubscribeToAllWithPrefixFilter_MatchesPublishedNumbers()
    {
        // options = 1 { all = 2 { position = 1 { commit = 1, prepare = 2 } }, subscription = 6 {},
        //   filter = 7 { stream_identifier = 1 { prefix = 2 "story-" }, max = 3, checkpointIntervalMultiplier = 5 }, uuid_option = 9 }
        var request = ReadRequests.SubscribeToAll(new AllPosition(300, 200), ["story-"], checkpointIntervalMultiplier: 2, maxSearchWindow: 32);

        var position = "0A06" + "08AC02" + "10C801";
        var all = "1208" + position;
        var filter = "3A0E" + "0A08" + "1206" + "73746F72792D" + "1820" + "2802";
        var options = all + "3200" + filter + "4A021200";
        Assert.Equal("0A" + (options.Length / 2).ToString("X2", System.Globalization.CultureInfo.InvariantCulture) + options, Hex(request));
    }

    [Fact]
    public void ReadReq_SubscribeToStreamAfterRevision_SetsRevisionAndSubscription()
    {
        var request = ReadRequests.SubscribeToStream("log", afterRevision: 41);

        Assert.Equal(ReadReq.Types.Options.CountOptionOneofCase.Subscription, request.Options.CountOptionCase);
        Assert.Equal(41UL, request.Options.Stream.Revision);
        Assert.Equal(ReadReq.Types.Options.FilterOptionOneofCase.NoFilter, request.Options.FilterOptionCase);
        Assert.Equal(ReadReq.Parser.ParseFrom(request.ToByteArray()), request);
    }

    [Fact]
    public void ReadResp_EventWrittenByHandWithPublishedNumbers_ParsesIntoOurMessage()
    {
        // Given a ReadResp encoded field by field from the published numbers
        var recorded = new ByteArrayWriter();
        recorded.Message(1, new ByteArrayWriter().Bytes(2, "6f9619ff-8b86-d011-b42d-00cf4fc964ff"u8.ToArray()));
        recorded.Message(2, new ByteArrayWriter().Bytes(3, "story-kyiv"u8.ToArray()));
        recorded.Varint(3, 4);
        recorded.Varint(4, 1000);
        recorded.Varint(5, 1200);
        recorded.Message(6, new ByteArrayWriter().Bytes(1, "type"u8.ToArray()).Bytes(2, "claim-reported"u8.ToArray()));
        recorded.Bytes(7, "{\"a\":1}"u8.ToArray());
        recorded.Bytes(8, "{\"b\":2}"u8.ToArray());
        var readEvent = new ByteArrayWriter().Message(1, recorded).Varint(3, 1200);
        var bytes = new ByteArrayWriter().Message(1, readEvent).ToArray();

        // When
        var response = ReadResp.Parser.ParseFrom(bytes);

        // Then
        Assert.Equal(ReadResp.ContentOneofCase.Event, response.ContentCase);
        var e = response.Event.Event;
        Assert.Equal(Guid.Parse("6f9619ff-8b86-d011-b42d-00cf4fc964ff"), Uuids.FromWire(e.Id));
        Assert.Equal("story-kyiv", StreamNames.FromWire(e.StreamIdentifier));
        Assert.Equal(4UL, e.StreamRevision);
        Assert.Equal(1000UL, e.PreparePosition);
        Assert.Equal(1200UL, e.CommitPosition);
        Assert.Equal("claim-reported", e.Metadata["type"]);
        Assert.Equal("{\"a\":1}", e.CustomMetadata.ToStringUtf8());
        Assert.Equal("{\"b\":2}", e.Data.ToStringUtf8());
        Assert.Equal(1200UL, response.Event.CommitPosition);
    }

    [Theory]
    [InlineData(2, nameof(ReadResp.ContentOneofCase.Confirmation))]
    [InlineData(3, nameof(ReadResp.ContentOneofCase.Checkpoint))]
    [InlineData(4, nameof(ReadResp.ContentOneofCase.StreamNotFound))]
    [InlineData(8, nameof(ReadResp.ContentOneofCase.CaughtUp))]
    [InlineData(9, nameof(ReadResp.ContentOneofCase.FellBehind))]
    public void ReadResp_OtherContents_AreAtPublishedNumbers(int field, string expected)
    {
        var bytes = new ByteArrayWriter().Message(field, new ByteArrayWriter()).ToArray();

        Assert.Equal(expected, ReadResp.Parser.ParseFrom(bytes).ContentCase.ToString());
    }

    [Fact]
    public void ReadResp_Checkpoint_CarriesCommitAndPrepare()
    {
        var checkpoint = new ByteArrayWriter().Varint(1, 5000).Varint(2, 4900);
        var response = ReadResp.Parser.ParseFrom(new ByteArrayWriter().Message(3, checkpoint).ToArray());

        Assert.Equal(5000UL, response.Checkpoint.CommitPosition);
        Assert.Equal(4900UL, response.Checkpoint.PreparePosition);
    }

    [Fact]
    public void AppendResp_SuccessAndWrongExpectedVersion_AreAtPublishedNumbers()
    {
        // success = 1 { current_revision = 1, position = 3 { commit = 1, prepare = 2 } }
        var success = AppendResp.Parser.ParseFrom(new ByteArrayWriter()
            .Message(1, new ByteArrayWriter().Varint(1, 9).Message(3, new ByteArrayWriter().Varint(1, 700).Varint(2, 650))).ToArray());
        Assert.Equal(9UL, success.Success.CurrentRevision);
        Assert.Equal(700UL, success.Success.Position.CommitPosition);

        // wrong_expected_version = 2 { current_revision = 6, expected_revision = 8 }
        var wrong = AppendResp.Parser.ParseFrom(new ByteArrayWriter().Message(2, new ByteArrayWriter().Varint(6, 6).Varint(8, 4)).ToArray());
        Assert.Equal(AppendResp.ResultOneofCase.WrongExpectedVersion, wrong.ResultCase);
        Assert.Equal(6UL, wrong.WrongExpectedVersion.CurrentRevision);
        Assert.Equal(4UL, wrong.WrongExpectedVersion.ExpectedRevision);
    }

    [Fact]
    public void Uuid_Structured_IsRfcBytesAsTwoBigEndianHalves()
    {
        // Given
        var id = Guid.Parse("00112233-4455-6677-8899-aabbccddeeff");

        // When
        var wire = Uuids.ToWire(id);

        // Then
        Assert.Equal(0x0011223344556677L, wire.Structured.MostSignificantBits);
        Assert.Equal(unchecked((long)0x8899AABBCCDDEEFFUL), wire.Structured.LeastSignificantBits);
        Assert.Equal(id, Uuids.FromWire(wire));
        Assert.Equal(id, Uuids.FromWire(new UUID { String = id.ToString() }));
    }

    [Fact]
    public void CaughtUp_RoundTrips()
    {
        var response = new ReadResp { CaughtUp = new ReadResp.Types.CaughtUp { Timestamp = Timestamp.FromDateTimeOffset(DateTimeOffset.UnixEpoch), StreamRevision = 3 } };

        var parsed = ReadResp.Parser.ParseFrom(response.ToByteArray());

        Assert.Equal(3, parsed.CaughtUp.StreamRevision);
        Assert.True(parsed.CaughtUp.HasStreamRevision);
        Assert.Null(parsed.CaughtUp.Position);
    }

    [Fact]
    public void ProposedMessage_ForStoryEvent_CarriesTypeAndJsonContentType()
    {
        var e = new RecordedEvent(1, "story-kyiv", 1, Guid.NewGuid(), "claim-reported", "{}", EventMetadata.Empty, DateTimeOffset.UnixEpoch, Story.Audit.HashChain.Genesis, "h");

        var message = StoryEnvelope.ToProposedMessage(e);

        Assert.Equal("claim-reported", message.Metadata["type"]);
        Assert.Equal("application/json", message.Metadata["content-type"]);
    }
}

/// <summary>Writes protobuf fields by number, independent of our generated code.</summary>
internal sealed class ByteArrayWriter
{
    private readonly MemoryStream _buffer = new();

    public ByteArrayWriter Varint(int field, ulong value)
    {
        WriteVarint((ulong)(field << 3));
        WriteVarint(value);
        return this;
    }

    public ByteArrayWriter Bytes(int field, byte[] value)
    {
        WriteVarint((ulong)((field << 3) | 2));
        WriteVarint((ulong)value.Length);
        _buffer.Write(value);
        return this;
    }

    public ByteArrayWriter Message(int field, ByteArrayWriter message) => Bytes(field, message.ToArray());

    public byte[] ToArray() => _buffer.ToArray();

    private void WriteVarint(ulong value)
    {
        while (value >= 0x80)
        {
            _buffer.WriteByte((byte)(value | 0x80));
            value >>= 7;
        }

        _buffer.WriteByte((byte)value);
    }
}
