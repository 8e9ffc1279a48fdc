using System.Security.Cryptography;
using System.Text;

namespace Story.Extraction;

/// <summary>The content hash of a report text: "sha256:" and the lower-case hex SHA-256 of its UTF-8 bytes, exactly as given.</summary>
public static class ContentHash
{
    public const string Prefix = "sha256:";

    public static string Of(string text) => Prefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>The report id for a text: "r-" and the first 12 hex digits of its content hash, so the same text is the same report.</summary>
    public static string ReportIdOf(string text) => "r-" + Of(text)[Prefix.Length..(Prefix.Length + 12)];
}
