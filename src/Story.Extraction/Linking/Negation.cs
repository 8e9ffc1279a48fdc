namespace Story.Extraction.Linking;

/// <summary>Words that turn a statement around: "not", "no", "denies", "rejected".</summary>
internal static class Negation
{
    private static readonly HashSet<string> Cues = new(StringComparer.Ordinal)
    {
        "not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "cannot", "without",
        "deny", "denies", "denied", "denying", "reject", "rejects", "rejected", "rejecting", "refuse", "refuses",
        "refused", "dismiss", "dismissed", "dismisses", "false", "untrue", "unfounded", "baseless",
        "decline", "declines", "declined", "fail", "fails", "failed",
    };

    private static readonly HashSet<string> Verbs = new(StringComparer.Ordinal)
    {
        "deny", "denies", "denied", "denying", "reject", "rejects", "rejected", "rejecting", "refuse", "refuses", "refused",
        "dismiss", "dismissed", "dismisses", "decline", "declines", "declined", "fail", "fails", "failed",
    };

    // "unchanged", "unaltered": the negation of a change, written as one word.
    private static readonly Dictionary<string, string> NegatedWords = new(StringComparer.Ordinal)
    {
        ["unchanged"] = "change", ["unaltered"] = "alter", ["unmoved"] = "move", ["unresolved"] = "resolve",
    };

    /// <summary>A negating verb ("rejected") rather than a particle ("not").</summary>
    public static bool IsVerb(string lowerWord) => Verbs.Contains(lowerWord);

    /// <summary>The word "un-" negates ("unchanged" -> "change"), or null.</summary>
    public static string? Unprefixed(string lowerWord) => NegatedWords.GetValueOrDefault(lowerWord);

    /// <summary>"rather than reject", "instead of denying": the negation is what did not happen.</summary>
    public static bool IsCancelled(IReadOnlyList<Language.Word> words, int i) =>
        i >= 2 && ((words[i - 2].Lower == "rather" && words[i - 1].Lower == "than") || (words[i - 2].Lower == "instead" && words[i - 1].Lower == "of"));

    public static bool IsCue(string lowerWord) =>
        Cues.Contains(lowerWord) || lowerWord.EndsWith("n't", StringComparison.Ordinal) || lowerWord.EndsWith("n’t", StringComparison.Ordinal);
}
