using System.Text;
using Google.Protobuf;

namespace Story.KurrentDb.Protocol;

internal static class StreamNames
{
    public static StreamIdentifier ToWire(string streamName) => new() { StreamName = ByteString.CopyFromUtf8(streamName) };

    public static string FromWire(StreamIdentifier? identifier) =>
        identifier is null ? string.Empty : Encoding.UTF8.GetString(identifier.StreamName.Span);
}
