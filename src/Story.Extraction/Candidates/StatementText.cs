using System.Text.RegularExpressions;

namespace Story.Extraction.Candidates;

/// <summary>Turns a clause's content into a readable statement: one line, no leading conjunction, a capital and a full stop.</summary>
internal static partial class StatementText
{
    [GeneratedRegex(@"^(?:and\s+(?:also\s+)?(?:added|said|insisted|stressed|noted|warned|argued)\s+that\s+|(?:adding|noting|saying|stressing|arguing|insisting|warning|emphasi[sz]ing)\s+(?:that\s+|:\s*)|(?:and|but)\s+that\s+|(?:however|meanwhile|still|moreover|separately|additionally|instead)\s*,?\s+|(?:and|but|though|although|whereas|while|that|also|so|including)\s+)+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingJoiner();

    [GeneratedRegex(@",?\s+according\s+to\s+[^,;]{2,120}?\s*(?=[.!?]?\s*$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingAccordingTo();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();

    public static string Clean(string content)
    {
        var s = Whitespace().Replace(content, " ").Trim();
        s = LeadingJoiner().Replace(s, string.Empty);
        s = TrailingAccordingTo().Replace(s, string.Empty);
        s = s.Trim().TrimEnd(',', ';', ':', '–', '—', '-', ' ');
        if (s.Length == 0)
        {
            return s;
        }

        if (char.IsLower(s[0]))
        {
            s = char.ToUpperInvariant(s[0]) + s[1..];
        }

        var last = s.TrimEnd('”', '"', '’', ')')[^1..];
        return last is "." or "!" or "?" ? s : s + ".";
    }

    [GeneratedRegex(@"^(?:one\s+that|which|that|who)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingRelative();

    /// <summary>
    /// A clause that continues its subject's sentence, given that subject: "and is expected to meet ..." with
    /// "Zelenskiy" reads "Zelenskiy is expected to meet ..."; "one that would require ..." with "The framework"
    /// reads "The framework would require ...". A clause that opens with a subject of its own is left as it is.
    /// </summary>
    public static string WithSubject(string subject, string content)
    {
        var s = Whitespace().Replace(content, " ").Trim();
        s = LeadingJoiner().Replace(s, string.Empty);
        s = LeadingRelative().Replace(s, string.Empty);
        return s.Length > 0 && char.IsLower(s[0]) ? subject + " " + s : s;
    }

    /// <summary>"He is prepared ..." said by a named person reads "President Zelensky is prepared ...".</summary>
    public static string ReplaceLeadingPronoun(string statement, string speaker)
    {
        foreach (var pronoun in new[] { "He ", "She " })
        {
            if (statement.StartsWith(pronoun, StringComparison.Ordinal) && speaker.Length > 0 && char.IsUpper(speaker[0]))
            {
                return speaker + " " + statement[pronoun.Length..];
            }
        }

        return statement;
    }

    /// <summary>The part that a leading joiner takes up ("adding that "), so a quote can start after it if wanted.</summary>
    public static int JoinerLength(string clause) => LeadingJoiner().Match(clause) is { Success: true, Index: 0 } m ? m.Length : 0;
}
