namespace Story.Extraction.Entities;

/// <summary>Words of office and rank that come before a name ("Army Chief of Staff General", "Foreign Minister").</summary>
internal static class Titles
{
    private static readonly HashSet<string> Core = new(StringComparer.OrdinalIgnoreCase)
    {
        "president", "minister", "secretary", "chancellor", "general", "gen", "gen.", "admiral", "adm", "adm.", "colonel",
        "col.", "lieutenant", "lt.", "sergeant", "sgt.", "captain", "capt.", "major", "senator", "sen.", "representative",
        "rep.", "governor", "gov.", "mayor", "mr.", "mrs.", "ms.", "dr.", "prof.", "professor", "spokesman", "spokeswoman",
        "spokesperson", "envoy", "commander", "ambassador", "king", "queen", "prince", "princess", "pope", "premier",
        "chairman", "chairwoman", "chair", "director", "judge", "lord", "sir", "sheikh", "emir", "chief", "speaker",
        "patriarch", "metropolitan", "mr", "mrs", "ms", "dr", "prof", "president-elect", "officer", "advisor", "adviser",
    };

    private static readonly HashSet<string> Modifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "prime", "foreign", "defense", "defence", "interior", "justice", "finance", "deputy", "vice", "special",
        "acting", "former", "first", "top", "senior", "national", "security", "economy", "energy", "health",
    };

    // What follows "of" inside a title: "Secretary of State", "Chief of Staff".
    private static readonly HashSet<string> OfObjects = new(StringComparer.OrdinalIgnoreCase)
    {
        "state", "staff", "defense", "defence", "foreign", "affairs", "justice", "finance", "energy", "commerce",
        "treasury", "interior", "health", "education", "the", "army", "navy", "homeland", "security", "war",
    };

    public static bool IsCore(string word) => Core.Contains(word);

    public static bool IsModifier(string word) => Modifiers.Contains(word);

    public static bool IsOfObject(string word) => OfObjects.Contains(word);
}
