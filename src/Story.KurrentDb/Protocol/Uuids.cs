using System.Buffers.Binary;

namespace Story.KurrentDb.Protocol;

/// <summary>Event ids on the wire: KurrentDB's structured UUID is the RFC 4122 bytes read as two big-endian halves.</summary>
internal static class Uuids
{
    public static UUID ToWire(Guid id)
    {
        Span<byte> bytes = stackalloc byte[16];
        id.TryWriteBytes(bytes, bigEndian: true, out _);
        return new UUID
        {
            Structured = new UUID.Types.Structured
            {
                MostSignificantBits = BinaryPrimitives.ReadInt64BigEndian(bytes[..8]),
                LeastSignificantBits = BinaryPrimitives.ReadInt64BigEndian(bytes[8..]),
            },
        };
    }

    public static Guid FromWire(UUID id)
    {
        switch (id.ValueCase)
        {
            case UUID.ValueOneofCase.String:
                return Guid.Parse(id.String);
            case UUID.ValueOneofCase.Structured:
                Span<byte> bytes = stackalloc byte[16];
                BinaryPrimitives.WriteInt64BigEndian(bytes[..8], id.Structured.MostSignificantBits);
                BinaryPrimitives.WriteInt64BigEndian(bytes[8..], id.Structured.LeastSignificantBits);
                return new Guid(bytes, bigEndian: true);
            default:
                throw new InvalidDataException("An event arrived without an id.");
        }
    }
}
