using System.Text.RegularExpressions;

namespace Story.Extraction.Candidates;

/// <summary>
/// Splits a sentence that makes several claims: "X said A, adding that B", "A, and that B", "A; B",
/// "A, though B". Quoted words are masked, so a quotation is never split.
/// </summary>
internal static partial class ClauseSplitter
{
    [GeneratedRegex(@";\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Semicolon();

    [GeneratedRegex(@"(?:,|(?<=[”""]))\s+(?=(?:adding|noting|saying|stressing|arguing|insisting|warning|emphasi[sz]ing)\s+(?:that\b|:))|,?\s+(?=and\s+(?:that|(?:also\s+)?(?:added|said|insisted|stressed|noted|warned|argued)\s+that)\b)|\s+(?=but\s+that\b)", RegexOptions.CultureInvariant)]
    private static partial Regex SameSource();

    [GeneratedRegex(@",\s+(?=(?:though|although|whereas)\s)", RegexOptions.CultureInvariant)]
    private static partial Regex Contrast();

    private const int MinClauseWords = 4;

    public static IReadOnlyList<Clause> Split(string text, int start, int end)
    {
        var masked = QuoteMask.Mask(text[start..end]);
        var cuts = new List<(int At, int Next, ClauseLink Link)>();
        foreach (Match m in Semicolon().Matches(masked))
        {
            cuts.Add((m.Index, m.Index + m.Length, ClauseLink.Independent));
        }

        foreach (Match m in SameSource().Matches(masked))
        {
            cuts.Add((m.Index, m.Index + m.Length, ClauseLink.SameSource));
        }

        foreach (Match m in Contrast().Matches(masked))
        {
            cuts.Add((m.Index, m.Index + m.Length, ClauseLink.Contrast));
        }

        var clauses = new List<Clause>();
        var clauseStart = 0;
        var link = ClauseLink.Independent;
        foreach (var cut in cuts.OrderBy(c => c.At))
        {
            if (cut.At <= clauseStart || Words(masked[clauseStart..cut.At]) < MinClauseWords || Words(masked[cut.Next..]) < MinClauseWords)
            {
                continue;
            }

            clauses.Add(new Clause(start + clauseStart, start + cut.At, link));
            clauseStart = cut.Next;
            link = cut.Link;
        }

        clauses.Add(new Clause(start + clauseStart, end, link));
        return clauses;
    }

    private static int Words(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit));
}
