using System.Buffers.Binary;

namespace Story.KurrentDb.Grpc;

/// <summary>
/// Reads length-prefixed messages from a response body as they arrive: a frame may be split across reads and one
/// read may hold several frames, so it reads exactly the bytes each frame needs.
/// </summary>
internal sealed class GrpcFrameReader(Stream body, int maxMessageLength)
{
    private readonly byte[] _header = new byte[GrpcFrame.HeaderLength];

    /// <summary>The next message's bytes, or null when the body ended cleanly between frames.</summary>
    public async ValueTask<byte[]?> ReadAsync(CancellationToken cancellationToken)
    {
        var headerRead = await ReadUpToAsync(_header, cancellationToken);
        if (headerRead == 0)
        {
            return null;
        }

        if (headerRead < _header.Length)
        {
            throw new GrpcCallException(GrpcStatusCode.Internal, $"The response ended inside a message header ({headerRead} of {GrpcFrame.HeaderLength} bytes).");
        }

        switch (_header[0])
        {
            case 0:
                break;
            case 1:
                // We never send grpc-accept-encoding, so a compressed message breaks the protocol.
                throw new GrpcCallException(GrpcStatusCode.Internal, "The server sent a compressed message, but no compression was negotiated.");
            default:
                throw new GrpcCallException(GrpcStatusCode.Internal, $"Invalid gRPC frame flag {_header[0]}.");
        }

        var length = BinaryPrimitives.ReadUInt32BigEndian(_header.AsSpan(1));
        if (length > (uint)maxMessageLength)
        {
            throw new GrpcCallException(GrpcStatusCode.ResourceExhausted, $"Received a message of {length} bytes, more than the limit of {maxMessageLength}.");
        }

        var message = new byte[length];
        var read = await ReadUpToAsync(message, cancellationToken);
        if (read < message.Length)
        {
            throw new GrpcCallException(GrpcStatusCode.Internal, $"The response ended inside a message ({read} of {length} bytes).");
        }

        return message;
    }

    private async ValueTask<int> ReadUpToAsync(Memory<byte> buffer, CancellationToken cancellationToken)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var read = await body.ReadAsync(buffer[total..], cancellationToken);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return total;
    }
}
