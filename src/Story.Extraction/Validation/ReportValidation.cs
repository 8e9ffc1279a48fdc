using System.Text;
using Story.Extraction.Language;

namespace Story.Extraction;

/// <summary>
/// Refuses what cannot be a news report in English: empty text, binary data, absurd sizes, another language,
/// no source, no publication time. Throws <see cref="ReportRejectedException"/> naming the field.
/// </summary>
public static class ReportValidation
{
    public const int MaxUtf8Bytes = 1024 * 1024;

    // English prose is 35-55% function words; other Latin-script languages share only a few ("in", "a").
    private const double MinStopWordRatio = 0.15;
    private const int MinWordsForLanguageCheck = 5;

    public static void Validate(RawReport r)
    {
        ArgumentNullException.ThrowIfNull(r);
        if (string.IsNullOrWhiteSpace(r.Text))
        {
            throw new ReportRejectedException(nameof(RawReport.Text), "the report text is empty.");
        }

        if (r.Text.Length > MaxUtf8Bytes || Encoding.UTF8.GetByteCount(r.Text) > MaxUtf8Bytes)
        {
            throw new ReportRejectedException(nameof(RawReport.Text), $"the report text is larger than {MaxUtf8Bytes / 1024} KB; no news report is that long.");
        }

        if (LooksBinary(r.Text, out var why))
        {
            throw new ReportRejectedException(nameof(RawReport.Text), $"the report text looks like binary data ({why}).");
        }

        if (!LooksEnglish(r.Text, out why))
        {
            throw new ReportRejectedException(nameof(RawReport.Text), $"the report text does not look like English ({why}).");
        }

        if (string.IsNullOrWhiteSpace(r.Source))
        {
            throw new ReportRejectedException(nameof(RawReport.Source), "the report has no source.");
        }

        if (r.PublishedAt == default)
        {
            throw new ReportRejectedException(nameof(RawReport.PublishedAt), "the report has no publication time.");
        }
    }

    private static bool LooksBinary(string text, out string why)
    {
        var control = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\0')
            {
                why = "a NUL character";
                return true;
            }

            if (char.IsHighSurrogate(c) && (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])) || char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(text[i - 1])))
            {
                why = "invalid UTF-16";
                return true;
            }

            if ((char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f')) || c == '\uFFFD')
            {
                control++;
            }
        }

        why = $"{control} control characters";
        return control > 8 && control * 100 > text.Length;
    }

    private static bool LooksEnglish(string text, out string why)
    {
        var letters = 0;
        var latin = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (c < '\u0250')
                {
                    latin++;
                }
            }
        }

        if (letters == 0)
        {
            why = "no letters";
            return false;
        }

        if (latin * 2 < letters)
        {
            why = "mostly non-Latin script";
            return false;
        }

        var words = Words.Of(text).Select(w => Words.Bare(w.Text)).Where(w => w.Any(char.IsLetter)).ToList();
        if (words.Count < MinWordsForLanguageCheck)
        {
            why = string.Empty;
            return true;
        }

        var ratio = (double)words.Count(StopWords.Contains) / words.Count;
        why = $"{ratio:P0} English function words";
        return ratio >= MinStopWordRatio;
    }
}
