namespace Story.Extraction.Candidates;

/// <summary>
/// The words inside quotation marks are the speaker's, not the report's: "said" or "reportedly" inside a quote
/// says nothing about the report's own attribution or hedging. A mask keeps the text's length and offsets but
/// blanks out quoted words.
/// </summary>
internal static class QuoteMask
{
    public const char Blank = '_';

    /// <summary>Quoted ranges: [open, close] inclusive of the quotation marks.</summary>
    public static IReadOnlyList<(int Open, int Close)> Quotes(string text)
    {
        var quotes = new List<(int, int)>();
        var open = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '“' || (c == '"' && open < 0))
            {
                open = i;
            }
            else if ((c == '”' || c == '"') && open >= 0)
            {
                quotes.Add((open, i));
                open = -1;
            }
        }

        if (open >= 0 && text[open] == '“')
        {
            // An unclosed quotation runs to the end (a quote whose closing mark the sentence split left behind).
            quotes.Add((open, text.Length - 1));
        }

        return quotes;
    }

    public static string Mask(string text)
    {
        var chars = text.ToCharArray();
        foreach (var (open, close) in Quotes(text))
        {
            for (var i = open + 1; i < close; i++)
            {
                chars[i] = Blank;
            }
        }

        return new string(chars);
    }
}
