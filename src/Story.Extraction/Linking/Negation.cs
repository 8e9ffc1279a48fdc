namespace Story.Extraction.Linking;

/// <summary>
/// Words that turn a statement around. Particles and denials ("not", "no", "denies", "false") negate what follows.
/// Verbs of refusal ("rejected", "declined", "failed") negate only a verb they govern ("declined to comment" is "did
/// not comment"); with an object ("rejected the proposal") they report an act, which another report may state too,
/// and are compared as ordinary words.
/// </summary>
internal static class Negation
{
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "cannot", "without",
        "false", "untrue", "unfounded", "baseless",
    };

    private static readonly HashSet<string> Denials = new(StringComparer.Ordinal)
    {
        "deny", "denies", "denied", "denying",
    };

    private static readonly HashSet<string> Refusals = new(StringComparer.Ordinal)
    {
        "reject", "rejects", "rejected", "rejecting", "refuse", "refuses", "refused", "refusing",
        "dismiss", "dismissed", "dismisses", "decline", "declines", "declined", "declining", "fail", "fails", "failed", "failing",
    };

    // "unchanged", "unaltered": the negation of a change, written as one word.
    private static readonly Dictionary<string, string> NegatedWords = new(StringComparer.Ordinal)
    {
        ["unchanged"] = "change", ["unaltered"] = "alter", ["unmoved"] = "move", ["unresolved"] = "resolve",
    };

    /// <summary>A negating verb ("denied", "rejected") rather than a particle ("not"): also a word of the claim.</summary>
    public static bool IsVerb(string lowerWord) => Denials.Contains(lowerWord) || Refusals.Contains(lowerWord);

    /// <summary>The word "un-" negates ("unchanged" -> "change"), or null.</summary>
    public static string? Unprefixed(string lowerWord) => NegatedWords.GetValueOrDefault(lowerWord);

    /// <summary>"rather than reject", "instead of denying": the negation is what did not happen.</summary>
    public static bool IsCancelled(IReadOnlyList<Language.Word> words, int i) =>
        i >= 2 && ((words[i - 2].Lower == "rather" && words[i - 1].Lower == "than") || (words[i - 2].Lower == "instead" && words[i - 1].Lower == "of"));

    /// <summary>Whether the word at <paramref name="i"/> negates: a particle, a denial, or a refusal of a verb ("declined to comment").</summary>
    public static bool IsCue(IReadOnlyList<Language.Word> words, int i)
    {
        var lower = Language.Words.Bare(words[i].Text);
        return Particles.Contains(lower) || Denials.Contains(lower)
            || lower.EndsWith("n't", StringComparison.Ordinal) || lower.EndsWith("n’t", StringComparison.Ordinal)
            || (Refusals.Contains(lower) && i + 1 < words.Count && words[i + 1].Lower == "to");
    }
}
