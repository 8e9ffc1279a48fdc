using Story.Facts;

namespace Story.Extraction;

/// <summary>Report ids for raw reports, derived from their text so that the same text is the same report.</summary>
public static class ReportIds
{
    private const int HexDigits = 12;

    /// <summary>"r-" and the first 12 hex digits of the text's <see cref="ContentHash"/>.</summary>
    public static string ForText(string text) => string.Concat("r-", ContentHash.Of(text).AsSpan(ContentHash.Prefix.Length, HexDigits));
}
