using System.Net;
using System.Net.Http.Headers;
using Google.Protobuf;

namespace Story.KurrentDb.Grpc;

/// <summary>
/// A request body of length-prefixed messages, written and flushed one frame at a time so a client-streaming call
/// sends each message as it is written rather than buffering the whole request.
/// </summary>
internal sealed class GrpcRequestContent : HttpContent
{
    private readonly IReadOnlyList<IMessage> _messages;

    public GrpcRequestContent(IReadOnlyList<IMessage> messages)
    {
        _messages = messages;
        Headers.ContentType = new MediaTypeHeaderValue("application/grpc");
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        foreach (var message in _messages)
        {
            await stream.WriteAsync(GrpcFrame.Encode(message), cancellationToken);
            await stream.FlushAsync(cancellationToken);
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        // Streamed: HTTP/2 ends the request with END_STREAM instead of a content-length.
        length = -1;
        return false;
    }
}
