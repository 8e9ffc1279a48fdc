using System.Text.RegularExpressions;

namespace Story.Extraction.Candidates;

/// <summary>
/// Splits the list a plan sentence gives into its items, so that each is a claim of its own: "the plan calls for
/// cuts to the size of Ukraine's armed forces and the surrender of some weapons systems"; "oblige Kyiv to slash
/// ..., abandon ..., and accept ..."; "provisions seen as favorable to Moscow, among them limits on ...". An "and"
/// that joins the nouns of one phrase ("the size and capabilities of"), or two names ("Ukraine and Europe"), does
/// not split it.
/// </summary>
internal static partial class PlanItems
{
    private const int MinItemWords = 2;

    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "of", "in", "on", "at", "to", "for", "from", "by", "with", "as", "into", "over", "under", "about", "against",
        "between", "after", "before", "during", "than", "if", "when", "while", "because", "that", "which", "who",
    };

    [GeneratedRegex(@",\s+(?:and|or)\s+|,\s+among\s+them\s+|,\s+|\s+and\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Separator();

    // Where the list ends: a trailing attribution or a participle clause (", drawing pushback ...").
    [GeneratedRegex(@",\s+(?:according\s+to\b|(?:he|she|they|it)\s+said\b|[a-z]+ing\b)|\s+[—–]\s+|[.!?]\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ListEnd();

    /// <summary>
    /// The items of the plan list in <paramref name="masked"/> (a clause, quotations masked), as [start, end)
    /// ranges relative to it, and the words that introduce them; null when there are fewer than two items.
    /// The first item starts at 0: it keeps the words that introduce the list.
    /// </summary>
    public static (IReadOnlyList<(int Start, int End)> Items, int HeadStart, int HeadEnd)? Split(string masked, bool subjectIsPlan)
    {
        if (PlanContent.Contents(masked, subjectIsPlan) is not { } contents)
        {
            return null;
        }

        var listStart = contents.ListStart;
        var listEnd = ListEnd().Match(masked, listStart) is { Success: true } stop ? stop.Index : masked.Length;
        var separators = Separator().Matches(masked[listStart..listEnd]).Select(m => (At: listStart + m.Index, Next: listStart + m.Index + m.Length, Text: m.Value)).ToList();
        var hasFinalConjunction = separators.Any(s => s.Text.Trim() != ",");

        var cuts = new List<(int At, int Next)>();
        var itemStart = listStart;
        for (var i = 0; i < separators.Count; i++)
        {
            var (at, next, text) = separators[i];
            var itemEnd = i + 1 < separators.Count ? separators[i + 1].At : listEnd;
            var left = masked[itemStart..at];
            var right = masked[next..itemEnd];
            if (Words(left) < MinItemWords || Words(right) < MinItemWords)
            {
                continue;
            }

            var valid = text.Contains("among", StringComparison.Ordinal)
                || (text.Trim() == "," ? hasFinalConjunction && StartsItem(right, contents.VerbList)
                    : StartsItem(right, contents.VerbList) && (text.TrimStart().StartsWith(',') || !JoinsOnePhrase(left, right)));
            if (valid)
            {
                cuts.Add((at, next));
                itemStart = next;
            }
        }

        if (cuts.Count == 0)
        {
            return null;
        }

        var items = new List<(int, int)>();
        var start = 0;
        foreach (var (at, next) in cuts)
        {
            items.Add((start, at));
            start = next;
        }

        items.Add((start, listEnd));
        return (items, contents.HeadStart, listStart);
    }

    // A list item opens with a determiner, a plain noun or adjective, or (in a list of verb phrases) a verb; a name,
    // a preposition or a conjunction continues the item before it instead.
    private static bool StartsItem(string right, bool verbList)
    {
        var first = FirstWord(right);
        if (first.Length == 0 || !char.IsLower(first[0]) || Prepositions.Contains(first))
        {
            return false;
        }

        return !verbList || !SubjectFinder.IsDeterminer(first);
    }

    // "the size and capabilities of": one determiner for both nouns, one phrase.
    private static bool JoinsOnePhrase(string left, string right)
    {
        var words = left.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && SubjectFinder.IsDeterminer(words[^2].ToLowerInvariant()) && !SubjectFinder.IsDeterminer(FirstWord(right));
    }

    private static string FirstWord(string s) => s.TrimStart().Split(' ', 2)[0].Trim(',', '.');

    private static int Words(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit));
}
