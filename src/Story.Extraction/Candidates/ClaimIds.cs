using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Story.Extraction.Language;

namespace Story.Extraction.Candidates;

/// <summary>Readable, deterministic claim ids: the statement's first key words and a short hash ("russia-control-ukraine-territory-3f9a1c").</summary>
public static class ClaimIds
{
    private const int MaxSlugWords = 5;
    private const int MaxSlugLength = 48;

    public static string For(string reportId, string statement, int quoteStart)
    {
        var words = Words.Of(statement)
            .Select(w => Fold(Words.Bare(w.Text)))
            .Where(w => w.Length > 2 && !StopWords.Contains(w) && !SpeechVerbs.IsAttributionWord(w))
            .Take(MaxSlugWords);
        var slug = string.Join('-', words);
        if (slug.Length > MaxSlugLength)
        {
            slug = slug[..MaxSlugLength].TrimEnd('-');
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            reportId + "\n" + quoteStart.ToString(CultureInfo.InvariantCulture) + "\n" + statement)))[..6];
        return slug.Length == 0 ? "claim-" + hash : slug + "-" + hash;
    }

    private static string Fold(string word)
    {
        var decomposed = word.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
