namespace Story.Extraction.Language;

/// <summary>Splits text into words: letters and digits, keeping inner apostrophes (don't, Ukraine’s), inner hyphens
/// (twenty-eight-point) and the dots of dotted abbreviations (U.S., a.m.).</summary>
public static class Words
{
    public static IReadOnlyList<Word> Of(string text, int offset = 0, int length = -1)
    {
        var end = length < 0 ? text.Length : offset + length;
        var words = new List<Word>();
        var i = offset;
        while (i < end)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < end)
            {
                if (IsWordChar(text[i]))
                {
                    i++;
                }
                else if (text[i] is '\'' or '’' or '-' or '‑' && i + 1 < end && IsWordChar(text[i + 1]) && i > start)
                {
                    i++;
                }
                else if (text[i] == '.' && IsDottedAbbreviation(text, start, i, end))
                {
                    i++;
                }
                else
                {
                    break;
                }
            }

            words.Add(new Word(text[start..i], start, i));
        }

        return words;
    }

    /// <summary>Lower-case content of a word with a possessive ending removed: "Ukraine’s" -> "ukraine".</summary>
    public static string Bare(string word)
    {
        var lower = word.ToLowerInvariant();
        if (lower.EndsWith("’s", StringComparison.Ordinal) || lower.EndsWith("'s", StringComparison.Ordinal))
        {
            lower = lower[..^2];
        }
        else if (lower.EndsWith('’') || lower.EndsWith('\''))
        {
            lower = lower[..^1];
        }

        return lower.Replace(".", string.Empty, StringComparison.Ordinal);
    }

    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark;

    // "U.S." and "a.m.": single letters each followed by a dot.
    private static bool IsDottedAbbreviation(string text, int start, int dot, int end)
    {
        var segmentStart = dot - 1;
        if (segmentStart < start || !char.IsLetter(text[segmentStart]) || (segmentStart > start && text[segmentStart - 1] != '.'))
        {
            return false;
        }

        // Either a letter follows (U.S: the dot is inner) or we already had a dotted letter before (U.S.: final dot).
        var innerDot = dot + 1 < end && char.IsLetter(text[dot + 1]) && (dot + 2 >= end || text[dot + 2] == '.');
        var finalDot = segmentStart - 2 >= start && text[segmentStart - 1] == '.';
        return innerDot || finalDot;
    }
}
