using System.Security.Cryptography;
using System.Text;

namespace Story.Facts;

/// <summary>
/// The content hash of a report text (<see cref="ReportPublished.ContentHash"/>): "sha256:" and the lower-case hex
/// SHA-256 of its UTF-8 bytes, exactly as given. The one definition both the append path and extraction use, so a
/// report ingested raw and the same report appended as a fact carry the same hash.
/// </summary>
public static class ContentHash
{
    /// <summary>The prefix naming the hash function.</summary>
    public const string Prefix = "sha256:";

    /// <summary>The content hash of <paramref name="text"/>.</summary>
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Prefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
