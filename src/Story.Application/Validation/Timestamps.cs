using System.Globalization;
using System.Text.RegularExpressions;

namespace Story.Application.Validation;

/// <summary>Timestamps must carry their UTC offset: "10:00" alone is ambiguous across the newsrooms that read it.</summary>
public static partial class Timestamps
{
    public const string Expected = "an ISO-8601 timestamp with a UTC offset (add Z for UTC, e.g. 2025-11-20T10:00:00Z)";

    /// <summary>Parses "2025-11-20T10:00Z", "2025-11-20T12:00:00+02:00"; refuses anything without an offset.</summary>
    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        value = default;
        return text is not null && WithOffset().IsMatch(text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex WithOffset();
}
