using System.Buffers.Binary;
using Google.Protobuf;

namespace Story.KurrentDb.Grpc;

/// <summary>
/// gRPC's length-prefixed message: one byte compressed flag, four bytes big-endian length, then the message.
/// </summary>
internal static class GrpcFrame
{
    public const int HeaderLength = 5;

    public static byte[] Encode(IMessage message)
    {
        var length = message.CalculateSize();
        var frame = new byte[HeaderLength + length];
        frame[0] = 0;
        BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(1, 4), (uint)length);
        message.WriteTo(frame.AsSpan(HeaderLength));
        return frame;
    }
}
