using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Story.Audit;

namespace Story.Application.Appending;

/// <summary>
/// An event id derived from a fact's content as written, so that appending the same file twice
/// (or retrying after a timeout) stores nothing new.
/// </summary>
public static class DeterministicEventId
{
    public static Guid For(string type, JsonObject body)
    {
        var canonical = CanonicalJson.Normalize(body.ToJsonString());
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("story-fact-id-v1\n" + type + "\n" + canonical));
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x50); // version 5 (name-based, SHA) in .NET's little-endian layout
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(bytes);
    }
}
