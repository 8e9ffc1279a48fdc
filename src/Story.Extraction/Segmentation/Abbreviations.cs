namespace Story.Extraction.Segmentation;

/// <summary>Words whose trailing dot does not end a sentence.</summary>
internal static class Abbreviations
{
    // Titles and the like: always followed by a name, so never sentence-final.
    private static readonly HashSet<string> BeforeName = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt", "cpl", "pvt",
        "gov", "sen", "rep", "rev", "hon", "pres", "amb", "st", "ste", "mt", "ft", "messrs", "sr", "jr",
    };

    // Usually mid-sentence, but a sentence can end with them ("... Ltd." / "... in Nov.").
    private static readonly HashSet<string> Other = new(StringComparer.OrdinalIgnoreCase)
    {
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "inc", "ltd", "co", "corp", "plc", "llc", "no", "nos", "vs", "etc", "approx", "est", "dept", "univ",
        "fig", "vol", "ed", "eds", "op", "cf", "al",
    };

    public static bool IsTitle(string word) => BeforeName.Contains(word);

    public static bool IsKnown(string word) => BeforeName.Contains(word) || Other.Contains(word);
}
