namespace Story.Extraction.Candidates;

/// <summary>Verbs that attribute what follows to their subject.</summary>
internal static class SpeechVerbs
{
    /// <summary>Verbs of saying: what follows them (or precedes them) is the claim.</summary>
    public static readonly string[] Say =
    [
        "said", "says", "told", "tells", "wrote", "writes", "added", "adds", "stated", "states", "reported", "reports",
        "announced", "announces", "posted", "declared", "explained", "asked",
    ];

    /// <summary>Verbs that characterise the saying; with "that" they attribute, without it they are the claim.</summary>
    public static readonly string[] Characterise =
    [
        "stressed", "stresses", "warned", "warns", "noted", "notes", "argued", "argues", "insisted", "insists",
        "claimed", "claims", "denied", "denies", "confirmed", "confirms", "emphasized", "emphasised", "emphasizes",
        "repeated", "acknowledged", "acknowledges", "maintained", "maintains", "assured", "cautioned", "asserted",
        "predicted", "admitted", "alleged", "suggested", "urged", "affirmed", "affirms", "indicated", "indicate",
        "believes", "believe", "argue", "warn", "say", "insist", "stress", "contend", "contended", "agreed", "estimated",
    ];

    public static bool IsSay(string word) => Say.Contains(word);

    public static readonly string Pattern = string.Join('|', Say.Concat(Characterise).OrderByDescending(v => v.Length));

    /// <summary>Words that are part of the attribution, not the content, when comparing claims.</summary>
    public static bool IsAttributionWord(string lowerWord) => Say.Contains(lowerWord) || Characterise.Contains(lowerWord)
        || lowerWord is "according" or "statement" or "citing" or "familiar" or "condition" or "anonymity" or "say" or "saying" or "adding";
}
