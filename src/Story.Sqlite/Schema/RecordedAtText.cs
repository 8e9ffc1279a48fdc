using System.Globalization;

namespace Story.Sqlite.Schema;

/// <summary>
/// How <c>recorded_at</c> is stored: ISO 8601 UTC with exactly six fractional digits, so the text sorts in time
/// order and parses back to the very microsecond that was hashed.
/// </summary>
internal static class RecordedAtText
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'";

    public static string From(DateTimeOffset recordedAt) =>
        recordedAt.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    public static DateTimeOffset Parse(string text) =>
        DateTimeOffset.ParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
