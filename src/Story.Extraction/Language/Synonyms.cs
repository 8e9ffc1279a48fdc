namespace Story.Extraction.Language;

/// <summary>
/// Common news-English words that different outlets use for the same thing ("troops" / "forces", "cut" / "slash",
/// "occupy" / "control"), folded to one representative after stemming. General vocabulary, not any one story's.
/// </summary>
public static class Synonyms
{
    // Kept small on purpose: broad groups ("plan" = "proposal" = "document") make unrelated claims look alike.
    private static readonly string[][] Groups =
    [
        ["force", "troop", "soldier"],
        ["control", "occupy"],
        ["reduc", "cut", "slash", "shrink"],
        ["ced", "surrender", "relinquish"],
        ["territory", "land"],
        ["talk", "negotiation"],
        ["meet", "met"],
        ["kill", "dead"],
        ["dismiss", "sack", "oust"],
    ];

    private static readonly Dictionary<string, string> Representative = Build();

    private static Dictionary<string, string> Build()
    {
        var representative = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in Groups)
        {
            foreach (var word in group)
            {
                representative.TryAdd(LightStemmer.Stem(word), LightStemmer.Stem(group[0]));
            }
        }

        return representative;
    }

    /// <summary>The representative of <paramref name="stem"/>'s group, or the stem itself.</summary>
    public static string Fold(string stem) => Representative.GetValueOrDefault(stem, stem);
}
