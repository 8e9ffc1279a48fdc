namespace Story.Extraction.Candidates;

/// <summary>
/// How a clause attributes its content: the cited source as the text names it (null when the report speaks in its
/// own voice), whether that source is a pronoun to resolve, and the content with its span (relative to the clause).
/// </summary>
internal sealed record Attribution(
    string? Source,
    bool SourceIsPronoun,
    string Content,
    int ContentStart,
    int ContentEnd,
    bool ContentIsQuote,
    string Pattern)
{
    public static bool IsPronoun(string source) =>
        source.ToLowerInvariant() is "he" or "she" or "they" or "it" or "him" or "her" or "them";
}
