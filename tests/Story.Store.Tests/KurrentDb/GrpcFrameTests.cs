using Google.Protobuf;
using Story.KurrentDb.Grpc;
using Story.KurrentDb.Protocol;

namespace Story.Store.Tests.KurrentDb;

public sealed class GrpcFrameTests
{
    private static readonly StreamIdentifier Small = new() { StreamName = ByteString.CopyFromUtf8("story-kyiv") };

    [Fact]
    public void Encode_Message_PrefixesUncompressedFlagAndBigEndianLength()
    {
        // Given a message of 12 bytes (tag, length, 10 bytes of name)
        var message = Small;

        // When
        var frame = GrpcFrame.Encode(message);

        // Then
        Assert.Equal(new byte[] { 0, 0, 0, 0, 12 }, frame[..5]);
        Assert.Equal(message.ToByteArray(), frame[5..]);
    }

    [Fact]
    public async Task Read_MessageSplitAcrossManyReads_ReassemblesIt()
    {
        // Given a body that arrives one byte per read
        var body = new TrickleStream(GrpcFrame.Encode(Small), maxPerRead: 1);
        var reader = new GrpcFrameReader(body, 1024);

        // When
        var message = await reader.ReadAsync(CancellationToken.None);

        // Then
        Assert.Equal(Small, StreamIdentifier.Parser.ParseFrom(message));
        Assert.True(body.Reads > 5);
        Assert.Null(await reader.ReadAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Read_SeveralFramesInOneChunk_ReturnsEachInOrder()
    {
        // Given three frames delivered in one chunk, the middle one empty
        var empty = new StreamIdentifier();
        var other = new StreamIdentifier { StreamName = ByteString.CopyFromUtf8("story-gaza") };
        var bytes = GrpcFrame.Encode(Small).Concat(GrpcFrame.Encode(empty)).Concat(GrpcFrame.Encode(other)).ToArray();
        var reader = new GrpcFrameReader(new TrickleStream(bytes, maxPerRead: bytes.Length), 1024);

        // When
        var read = new List<StreamIdentifier>();
        while (await reader.ReadAsync(CancellationToken.None) is { } message)
        {
            read.Add(StreamIdentifier.Parser.ParseFrom(message));
        }

        // Then
        Assert.Equal([Small, empty, other], read);
    }

    [Fact]
    public async Task Read_CompressedFlag_IsRejected()
    {
        // Given a frame flagged as compressed although no compression was negotiated
        var frame = GrpcFrame.Encode(Small);
        frame[0] = 1;
        var reader = new GrpcFrameReader(new MemoryStream(frame), 1024);

        // When
        var failure = await Assert.ThrowsAsync<GrpcCallException>(() => reader.ReadAsync(CancellationToken.None).AsTask());

        // Then
        Assert.Equal(GrpcStatusCode.Internal, failure.StatusCode);
        Assert.Contains("compressed", failure.StatusMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_BodyEndsInsideMessage_FailsAsTruncated()
    {
        // Given a frame cut three bytes short
        var frame = GrpcFrame.Encode(Small)[..^3];
        var reader = new GrpcFrameReader(new MemoryStream(frame), 1024);

        // When
        var failure = await Assert.ThrowsAsync<GrpcCallException>(() => reader.ReadAsync(CancellationToken.None).AsTask());

        // Then
        Assert.Equal(GrpcStatusCode.Internal, failure.StatusCode);
        Assert.Contains("9 of 12", failure.StatusMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_MessageOverLimit_FailsWithoutReadingIt()
    {
        // Given a limit smaller than the message
        var reader = new GrpcFrameReader(new MemoryStream(GrpcFrame.Encode(Small)), maxMessageLength: 11);

        // When
        var failure = await Assert.ThrowsAsync<GrpcCallException>(() => reader.ReadAsync(CancellationToken.None).AsTask());

        // Then
        Assert.Equal(GrpcStatusCode.ResourceExhausted, failure.StatusCode);
    }
}
