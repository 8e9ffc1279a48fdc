namespace Story.Extraction.Segmentation;

/// <summary>
/// Splits a report into sentences with exact offsets. A sentence ends at . ! ? … followed by a space and a
/// capital (after any closing quotes or brackets), or at a line break. It does not end after an abbreviation
/// (Gen., Nov., U.S. before a name), an initial, or inside a quotation that its attribution follows
/// (“... peace. But ...,” he said.).
/// </summary>
public static class SentenceSegmenter
{
    private static readonly HashSet<string> SentenceStarters = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "But", "And", "This", "That", "These", "Those",
        "In", "On", "At", "As", "Its", "His", "Her", "Their", "There", "However", "Meanwhile", "After", "Before",
        "When", "While", "If", "According", "Despite", "During", "Some", "Many", "Other", "Officials", "Still",
    };

    public static IReadOnlyList<Sentence> Split(string text)
    {
        var sentences = new List<Sentence>();
        var start = 0;
        var quoteDepth = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n' || c == '\r')
            {
                Add(sentences, text, start, i, endsLine: true);
                quoteDepth = 0;
                start = i + 1;
                i++;
                continue;
            }

            if (c == '“')
            {
                quoteDepth++;
            }
            else if (c == '”')
            {
                quoteDepth = Math.Max(0, quoteDepth - 1);
            }
            else if (c == '"')
            {
                quoteDepth = quoteDepth > 0 && !OpensQuote(text, i) ? quoteDepth - 1 : quoteDepth + 1;
            }

            if (c is '.' or '!' or '?' or '…')
            {
                var end = i + 1;
                while (end < text.Length && text[end] is '.' or '!' or '?')
                {
                    end++;
                }

                var closesQuote = false;
                while (end < text.Length && text[end] is '”' or '"' or '’' or '\'' or ')' or ']')
                {
                    if (text[end] is '”' or '"')
                    {
                        closesQuote = true;
                    }

                    end++;
                }

                var insideQuote = quoteDepth > 0 && !closesQuote;
                if (IsBoundary(text, i, end, insideQuote))
                {
                    Add(sentences, text, start, end, endsLine: false);
                    if (closesQuote)
                    {
                        quoteDepth = 0;
                    }

                    start = end;
                }

                i = end;
                continue;
            }

            i++;
        }

        Add(sentences, text, start, text.Length, endsLine: true);
        return sentences;
    }

    private static bool IsBoundary(string text, int terminator, int end, bool insideQuote)
    {
        // What comes next: end of text or line, or a space then the next sentence's first character.
        var next = end;
        while (next < text.Length && text[next] is ' ' or '\t' or '\u00A0')
        {
            next++;
        }

        if (next >= text.Length || text[next] is '\n' or '\r')
        {
            return true;
        }

        if (next == end)
        {
            return false; // "3.5", "U.S.-crafted", "peace.”," : no space after it.
        }

        var following = text[next];
        var startsLikeSentence = char.IsUpper(following) || char.IsDigit(following) || following is '“' or '"' or '‘' or '\'' or '(' or '—' or '–';
        if (!startsLikeSentence)
        {
            return false;
        }

        // Inside a quotation the sentence runs on when the quotation ends with a comma and an attribution.
        if (insideQuote && QuotationContinuesToAttribution(text, end))
        {
            return false;
        }

        if (text[terminator] != '.')
        {
            return true;
        }

        var word = WordBefore(text, terminator);
        if (word.Length == 0)
        {
            return true;
        }

        var nextWord = WordAt(text, next);
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            // An initial ("Donald J. Trump"), unless it is the pronoun-like end of a sentence ("... Plan B. The").
            return SentenceStarters.Contains(nextWord);
        }

        if (Abbreviations.IsTitle(word))
        {
            return false;
        }

        var isDotted = word.Contains('.', StringComparison.Ordinal);
        if (isDotted || Abbreviations.IsKnown(word))
        {
            // "U.S. officials", "Nov. 21", "5 p.m. Thursday" run on; "... to the U.S. The talks" ends.
            return SentenceStarters.Contains(nextWord);
        }

        return true;
    }

    // Looks ahead to the quotation's closing mark: “A. B,” he said  /  “A. B.” he said (lower case after it).
    private static bool QuotationContinuesToAttribution(string text, int from)
    {
        for (var j = from; j < text.Length && text[j] is not ('\n' or '\r'); j++)
        {
            if (text[j] is '”' or '"')
            {
                var before = j > 0 ? text[j - 1] : ' ';
                var after = j + 1;
                while (after < text.Length && text[after] == ' ')
                {
                    after++;
                }

                var followedByLowerCase = after < text.Length && char.IsLower(text[after]);
                var followedByComma = after < text.Length && text[after] == ',';
                return before == ',' || followedByComma || followedByLowerCase || (before is '.' or '!' or '?' && followedByLowerCase);
            }

            if (text[j] == '“')
            {
                return false;
            }
        }

        return false;
    }

    private static bool OpensQuote(string text, int i) =>
        i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '—' or '–' or ':';

    private static string WordBefore(string text, int dot)
    {
        var j = dot;
        while (j > 0 && (char.IsLetter(text[j - 1]) || text[j - 1] == '.'))
        {
            j--;
        }

        return text[j..dot].Trim('.');
    }

    private static string WordAt(string text, int i)
    {
        while (i < text.Length && !char.IsLetterOrDigit(text[i]))
        {
            i++;
        }

        var j = i;
        while (j < text.Length && char.IsLetter(text[j]))
        {
            j++;
        }

        return text[i..j];
    }

    private static void Add(List<Sentence> sentences, string text, int start, int end, bool endsLine)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new Sentence(start, end, text[start..end], endsLine, sentences.Count));
        }
    }
}
