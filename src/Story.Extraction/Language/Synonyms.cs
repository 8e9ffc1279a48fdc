namespace Story.Extraction.Language;

/// <summary>
/// Common news-English words that different outlets use for the same thing ("troops" / "forces", "cut" / "curb",
/// "cede" / "surrender" / "give up"), folded to one representative after stemming, and two-word phrases that say one
/// thing ("armed forces", "hand over", "push back"). General vocabulary of news writing, not any one story's.
/// </summary>
public static class Synonyms
{
    // Groups stay narrow: a broad group ("crisis" = "pressure") makes unrelated claims look alike. Words every claim
    // of a story shares (the plan group) cost little, because the linker weighs terms by how rare they are.
    private static readonly string[][] Groups =
    [
        ["force", "troop", "soldier"],
        ["official", "diplomat", "government", "authority", "authorities", "representative", "envoy"],
        ["military", "militaries"],
        ["control", "occupy"],
        ["reduc", "cut", "slash", "shrink", "curb", "limit", "cap", "restrict", "restriction", "constraint", "downsize"],
        ["ced", "cede", "surrender", "relinquish", "concession", "concede", "yield", "abandon", "giveup", "handover"],
        ["territory", "land", "territorial", "territories"],
        ["talk", "negotiation", "negotiate", "negotiating"],
        ["meet", "met", "meeting"],
        ["kill", "dead", "killing"],
        ["dismiss", "dismissal", "sack", "oust", "ouster", "fire"],
        ["weapon", "weaponry", "equipment", "hardware", "arsenal", "armament"],
        ["ready", "prepared", "readiness", "willing", "willingness"],
        ["plan", "proposal", "framework", "draft", "document", "blueprint", "initiative"],
        ["receive", "received", "handed", "deliver", "delivered", "obtain"],
        ["require", "oblige", "obligate"],
        ["discuss", "speak", "spoke"],
        ["pushback", "backlash", "criticism", "criticise", "criticize", "controversy", "objection", "concern", "alarm", "unease", "cautious"],
        ["domestic", "home"],
        ["attack", "strike", "bomb", "shell", "bombard"],
        ["change", "alter", "shift", "modify"],
        ["stance", "position", "condition"],
        ["collaborate", "cooperate", "work"],
        ["provision", "element", "term", "point"],
        ["continue", "keep"],
        ["accept", "agree"],
        ["support", "back", "endorse"],
        ["withdraw", "pullback", "retreat"],
        ["collaps", "fallthrough"],
        ["participate", "takepart"],
    ];

    // Two words that say one thing, by the stems of each word: "armed forces" is the military, "gave up" is ceding.
    private static readonly (string[] First, string[] Second, string Meaning)[] PhraseList =
    [
        (["armed"], ["forces", "force"], "military"),
        (["give", "gives", "giving", "gave", "given"], ["up"], "giveup"),
        (["hand", "hands", "handing", "handed"], ["over"], "handover"),
        (["push", "pushes", "pushing", "pushed"], ["back"], "pushback"),
        (["pull", "pulls", "pulling", "pulled"], ["back", "out"], "pullback"),
        (["fall", "falls", "falling", "fell", "fallen"], ["through", "apart"], "fallthrough"),
        (["take", "takes", "taking", "took", "taken"], ["part"], "takepart"),
    ];

    private static readonly Dictionary<string, string> Representative = Build();

    private static readonly Dictionary<(string, string), string> Phrases = BuildPhrases();

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

    private static Dictionary<(string, string), string> BuildPhrases()
    {
        var phrases = new Dictionary<(string, string), string>();
        foreach (var (first, second, meaning) in PhraseList)
        {
            foreach (var a in first)
            {
                foreach (var b in second)
                {
                    phrases.TryAdd((a, b), meaning);
                }
            }
        }

        return phrases;
    }

    /// <summary>The representative of <paramref name="stem"/>'s group, or the stem itself.</summary>
    public static string Fold(string stem) => Representative.GetValueOrDefault(stem, stem);

    /// <summary>The stem two consecutive lower-case words stand for together ("armed", "forces" -> the military's), or null.</summary>
    public static string? Phrase(string first, string second) =>
        Phrases.TryGetValue((first, second), out var meaning) ? Fold(LightStemmer.Stem(meaning)) : null;
}
