using System.Text.RegularExpressions;

namespace Story.Extraction.Candidates;

/// <summary>The dateline or metadata that opens some reports ("KYIV, Nov 20 (Reuters) - ", "date 2025-11-20 "): not part of the claim.</summary>
internal static partial class Dateline
{
    [GeneratedRegex(@"^(?:(?:date|dated|published|updated|posted)\s*:?\s*)?(?:19|20)\d{2}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?\s*[-–—:|]?\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IsoDateline();

    [GeneratedRegex(@"^[A-Z][A-Z .'-]{2,40}(?:,\s*[A-Z][A-Za-z.]+)?(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\([^)]{1,40}\))?\s*[-–—]\s+", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceDateline();

    /// <summary>How many characters of <paramref name="sentence"/> are dateline.</summary>
    public static int Length(string sentence)
    {
        var iso = IsoDateline().Match(sentence);
        if (iso.Success && iso.Length > 0)
        {
            return iso.Length;
        }

        var place = PlaceDateline().Match(sentence);
        return place.Success ? place.Length : 0;
    }
}
