namespace Story.Extraction.Numbers;

/// <summary>English number words: cardinals up to the hundreds (and thousand/million/billion multipliers) and fractions.</summary>
public static class NumberWords
{
    private static readonly Dictionary<string, int> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["a dozen"] = 12, ["dozen"] = 12,
    };

    private static readonly Dictionary<string, int> Tens = new(StringComparer.OrdinalIgnoreCase)
    {
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    private static readonly Dictionary<string, double> Multipliers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["thousand"] = 1e3, ["million"] = 1e6, ["billion"] = 1e9, ["trillion"] = 1e12,
    };

    private static readonly Dictionary<string, int> Denominators = new(StringComparer.OrdinalIgnoreCase)
    {
        ["half"] = 2, ["halves"] = 2, ["third"] = 3, ["thirds"] = 3, ["quarter"] = 4, ["quarters"] = 4, ["fourth"] = 4, ["fourths"] = 4,
        ["fifth"] = 5, ["fifths"] = 5, ["sixth"] = 6, ["sixths"] = 6, ["seventh"] = 7, ["sevenths"] = 7, ["eighth"] = 8, ["eighths"] = 8,
        ["ninth"] = 9, ["ninths"] = 9, ["tenth"] = 10, ["tenths"] = 10,
    };

    public static bool IsNumberWord(string word) =>
        Units.ContainsKey(word) || Tens.ContainsKey(word) || word.Equals("hundred", StringComparison.OrdinalIgnoreCase) || Multipliers.ContainsKey(word);

    public static bool TryDenominator(string word, out int denominator) => Denominators.TryGetValue(word, out denominator);

    public static bool TryMultiplier(string word, out double multiplier) => Multipliers.TryGetValue(word, out multiplier);

    /// <summary>"twenty-eight" = 28, "three hundred and five" = 305, "a hundred" = 100; words are given already split.</summary>
    public static bool TryParse(IReadOnlyList<string> words, out double value)
    {
        value = 0;
        double current = 0;
        var any = false;
        foreach (var raw in words)
        {
            var word = raw.ToLowerInvariant();
            if (word is "and" && any)
            {
                continue;
            }

            if (word is "a" && !any)
            {
                current = 1;
                continue;
            }

            if (Units.TryGetValue(word, out var unit))
            {
                current += unit;
            }
            else if (Tens.TryGetValue(word, out var ten))
            {
                current += ten;
            }
            else if (word == "hundred")
            {
                current = (current == 0 ? 1 : current) * 100;
            }
            else if (Multipliers.TryGetValue(word, out var multiplier))
            {
                value += (current == 0 ? 1 : current) * multiplier;
                current = 0;
            }
            else
            {
                return false;
            }

            any = true;
        }

        value += current;
        return any;
    }

    /// <summary>A numerator word: "one", "two", "a" (a fifth), "three" ...</summary>
    public static bool TryNumerator(string word, out int numerator)
    {
        if (word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase))
        {
            numerator = 1;
            return true;
        }

        var found = Units.TryGetValue(word, out numerator) && numerator is > 0 and < 10;
        return found;
    }
}
