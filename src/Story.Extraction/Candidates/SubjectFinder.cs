using System.Text.RegularExpressions;

namespace Story.Extraction.Candidates;

/// <summary>
/// The subject a clause opens with, found without a parser: the words before its first verb, where a verb is an
/// auxiliary ("has", "is", "would"), a common irregular past ("held", "met"), an adverb in -ly that precedes one,
/// or a lower-case word in -ed that does not follow a determiner ("the reported plan"). Used to give a subject to a
/// clause that shares it: "Russian forces control 19% ... and continue to attack ..." -> "Russian forces".
/// </summary>
internal static partial class SubjectFinder
{
    private const int MaxSubjectWords = 7;

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "must", "may", "might",
        "did", "does", "do", "remains", "remain", "remained",
    };

    /// <summary>Common verbs that open a predicate in news prose but carry no regular ending: "held", "met", "faces", "continue".</summary>
    public static readonly HashSet<string> CommonVerbs = new(StringComparer.Ordinal)
    {
        "held", "met", "said", "told", "made", "took", "gave", "sent", "led", "left", "won", "lost", "kept", "saw", "went",
        "came", "began", "brought", "bought", "built", "spent", "struck", "fell", "rose", "got", "put", "set", "wrote",
        "says", "tells", "makes", "takes", "gives", "sees", "goes", "comes", "keeps", "holds", "wants", "needs", "faces",
        "control", "controls", "occupy", "occupies", "hold", "face", "want", "need", "demand", "demands", "expect", "expects",
        "continue", "continues", "plan", "plans", "seek", "seeks", "hope", "hopes", "intend", "intends", "remain",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "some", "any", "no",
    };

    [GeneratedRegex(@"^(?:(?:with|after|before|during|despite|in|on|at|amid|as|following|since|under|for|rather\s+than|instead\s+of)\b[^,]{1,60},\s+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingAdverbial();

    /// <summary>Whether <paramref name="word"/> (lower case) is an auxiliary or one of the common verbs.</summary>
    public static bool IsFiniteVerb(string word) => Auxiliaries.Contains(word) || CommonVerbs.Contains(word);

    public static bool IsDeterminer(string word) => Determiners.Contains(word);

    /// <summary>Whether <paramref name="text"/> starts with an auxiliary verb ("is shaken", "has received").</summary>
    public static bool OpensWithAuxiliary(string text) => Auxiliaries.Contains(text.TrimStart().Split(' ', 2)[0]);

    /// <summary>The subject <paramref name="clause"/> opens with, or null when none is found within a few words.</summary>
    public static string? Of(string clause)
    {
        var text = clause.TrimStart();
        if (LeadingAdverbial().Match(text) is { Success: true } intro)
        {
            text = text[intro.Length..];
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 1; i < words.Length && i <= MaxSubjectWords; i++)
        {
            var word = words[i].Trim(',', '.', ';', ':');
            if (word.Length == 0 || !char.IsLower(word[0]))
            {
                continue;
            }

            var previous = words[i - 1].ToLowerInvariant();
            var isVerb = Auxiliaries.Contains(word) || CommonVerbs.Contains(word)
                || (word.EndsWith("ly", StringComparison.Ordinal) && word.Length > 4)
                || (word.EndsWith("ed", StringComparison.Ordinal) && word.Length > 4 && !Determiners.Contains(previous));
            if (isVerb)
            {
                var subject = string.Join(' ', words[..i]).TrimEnd(',');
                return subject.Contains(',', StringComparison.Ordinal) || subject.Contains('“', StringComparison.Ordinal) ? null : subject;
            }
        }

        return null;
    }
}
