using System.Globalization;
using System.Text.RegularExpressions;
using Story.Extraction.Dates;
using Story.Extraction.Language;

namespace Story.Extraction.Numbers;

/// <summary>
/// Finds numbers written in digits or words and normalises them: percentages and fractions become shares
/// ("19%", "nearly one-fifth", "about a fifth", "by half"), number words become values ("twenty-eight-point" =
/// "28-point"). Years, days of dates and times are not numbers here: dates are read by <see cref="DateResolver"/>.
/// </summary>
public static partial class NumberFinder
{
    private static readonly string[] ApproximateCues =
    [
        "nearly", "about", "around", "almost", "roughly", "approximately", "some", "over", "more than", "less than",
        "fewer than", "up to", "close to", "under", "just under", "just over", "an estimated", "estimated", "at least", "at most",
    ];

    [GeneratedRegex(@"(?<![\w.,:$-])\$?(?<int>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?<frac>\d+))?(?<pct>\s?%|\s+per\s?cent\b|\s+percent\b)?(?:[\s-](?<mult>thousand|million|billion|trillion)\b)?(?:-(?<unit>[a-z]+))?", RegexOptions.CultureInvariant)]
    private static partial Regex DigitNumber();

        public static IReadOnlyList<NumberMention> FindAll(string text)
    {
        var found = new List<NumberMention>();
        FindDigits(text, found);
        FindWords(text, found);
        return found.OrderBy(n => n.Start).ToList();
    }

    private static void FindDigits(string text, List<NumberMention> found)
    {
        foreach (Match m in DigitNumber().Matches(text))
        {
            var integer = m.Groups["int"].Value.Replace(",", string.Empty, StringComparison.Ordinal);
            var number = double.Parse(integer + (m.Groups["frac"].Success ? "." + m.Groups["frac"].Value : string.Empty), CultureInfo.InvariantCulture);
            var isShare = m.Groups["pct"].Success;
            if (!isShare && IsPartOfDateOrTime(text, m, number))
            {
                continue;
            }

            if (m.Groups["mult"].Success && NumberWords.TryMultiplier(m.Groups["mult"].Value, out var multiplier))
            {
                number *= multiplier;
            }

            var end = m.Index + m.Length;
            var unit = isShare ? null : m.Groups["unit"].Success ? Unit(m.Groups["unit"].Value) : UnitAfter(text, end, out _);
            found.Add(new NumberMention(m.Index, end, m.Value, isShare ? number / 100 : number, isShare ? NumberKind.Share : NumberKind.Count, unit, IsApproximate(text, m.Index)));
        }
    }

    private static void FindWords(string text, List<NumberMention> found)
    {
        var words = Words.Of(text);
        for (var i = 0; i < words.Count; i++)
        {
            if (found.Any(f => f.Start <= words[i].Start && words[i].Start < f.End))
            {
                continue;
            }

            if (TryShare(text, words, i, out var share, out var used))
            {
                found.Add(share);
                i += used - 1;
                continue;
            }

            if (TryCardinal(text, words, i, out var count, out used))
            {
                found.Add(count);
                i += used - 1;
            }
        }
    }

    // one-fifth, a fifth, two-thirds, three quarters, by half, half of, halved, nineteen percent
    private static bool TryShare(string text, IReadOnlyList<Word> words, int i, out NumberMention mention, out int used)
    {
        mention = null!;
        used = 0;
        var lower = words[i].Lower;
        var parts = lower.Split('-', '‑');

        if (parts.Length == 2 && NumberWords.TryNumerator(parts[0], out var n) && NumberWords.TryDenominator(parts[1], out var d))
        {
            mention = Share(text, words[i].Start, words[i].End, (double)n / d, approximate: true);
            used = 1;
            return true;
        }

        if (i + 1 < words.Count && NumberWords.TryNumerator(lower, out n) && NumberWords.TryDenominator(words[i + 1].Lower, out d)
            && d != 2 && Followed(words, i + 1, "of"))
        {
            mention = Share(text, words[i].Start, words[i + 1].End, (double)n / d, approximate: true);
            used = 2;
            return true;
        }

        if (lower is "half" && (Preceded(words, i, "by", "in", "a", "one") || Followed(words, i, "of", "the", "its", "their")))
        {
            var start = Preceded(words, i, "a", "one") ? words[i - 1].Start : words[i].Start;
            mention = Share(text, start, words[i].End, 0.5, approximate: true);
            used = 1;
            return true;
        }

        if (lower is "halve" or "halved" or "halving")
        {
            mention = Share(text, words[i].Start, words[i].End, 0.5, approximate: true);
            used = 1;
            return true;
        }

        return false;
    }

    private static bool TryCardinal(string text, IReadOnlyList<Word> words, int i, out NumberMention mention, out int used)
    {
        mention = null!;
        used = 0;
        var tokens = new List<string>();
        string? hyphenUnit = null;
        var j = i;
        var end = words[i].Start;
        while (j < words.Count)
        {
            var parts = words[j].Lower.Split('-', '‑');
            var numberParts = parts.TakeWhile(NumberWords.IsNumberWord).ToList();
            if (numberParts.Count == 0)
            {
                var joiner = words[j].Lower is "and" && tokens.Count > 0 && j + 1 < words.Count && NumberWords.IsNumberWord(words[j + 1].Lower.Split('-')[0]);
                var article = words[j].Lower is "a" && tokens.Count == 0 && j + 1 < words.Count && words[j + 1].Lower is "hundred" or "thousand" or "million" or "dozen";
                if (!joiner && !article)
                {
                    break;
                }

                tokens.Add(words[j].Lower);
                j++;
                continue;
            }

            tokens.AddRange(numberParts);
            end = words[j].End;
            j++;
            if (numberParts.Count < parts.Length)
            {
                // "twenty-eight-point": the number ends inside this word and the rest is its unit.
                hyphenUnit = Unit(parts[numberParts.Count]);
                break;
            }
        }

        if (tokens.Count == 0 || !NumberWords.TryParse(tokens, out var value))
        {
            return false;
        }

        used = j - i;
        if (tokens is ["one"] && hyphenUnit is null)
        {
            return false; // "one of", "one that", "One official": a pronoun more often than a count.
        }

        var isShare = j < words.Count && words[j].Lower is "percent" || (j + 1 < words.Count && words[j].Lower == "per" && words[j + 1].Lower == "cent");
        if (isShare)
        {
            var shareEnd = words[j].Lower == "per" ? words[j + 1].End : words[j].End;
            mention = Share(text, words[i].Start, shareEnd, value / 100, IsApproximate(text, words[i].Start));
            used += words[j].Lower == "per" ? 2 : 1;
            return true;
        }

        var unit = hyphenUnit ?? UnitAfter(text, end, out _);
        mention = new NumberMention(words[i].Start, end, text[words[i].Start..end], value, NumberKind.Count, unit, IsApproximate(text, words[i].Start));
        return true;
    }

    private static bool Preceded(IReadOnlyList<Word> words, int i, params string[] options) =>
        i > 0 && options.Contains(words[i - 1].Lower);

    private static bool Followed(IReadOnlyList<Word> words, int i, params string[] options) =>
        i + 1 < words.Count && options.Contains(words[i + 1].Lower);

    private static NumberMention Share(string text, int start, int end, double value, bool approximate) =>
        new(start, end, text[start..end], value, NumberKind.Share, null, approximate || IsApproximate(text, start));

    private static bool IsPartOfDateOrTime(string text, Match m, double number)
    {
        if (!m.Groups["frac"].Success && !m.Groups["mult"].Success && !m.Groups["unit"].Success
            && number is >= 1900 and <= 2100 && !m.Value.Contains(',', StringComparison.Ordinal))
        {
            return true; // a year
        }

        var end = m.Index + m.Length;
        if (end < text.Length && (text[end] == ':' || (text[end] == '-' && end + 1 < text.Length && char.IsDigit(text[end + 1]))))
        {
            return true; // "10:30", "2025-11-20"
        }

        var before = text[..m.Index].TrimEnd();
        var previous = before.Length == 0 ? string.Empty : before[(before.LastIndexOfAny([' ', '\n', '(', ',']) + 1)..];
        if (CalendarWords.IsMonth(previous))
        {
            return true; // "November 20"
        }

        var after = text[end..].TrimStart();
        var nextWord = new string(after.TakeWhile(char.IsLetter).ToArray());
        return CalendarWords.IsMonth(nextWord)
            || after.StartsWith("a.m.", StringComparison.OrdinalIgnoreCase) || after.StartsWith("p.m.", StringComparison.OrdinalIgnoreCase)
            || nextWord.Equals("am", StringComparison.OrdinalIgnoreCase) || nextWord.Equals("pm", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsApproximate(string text, int start)
    {
        var before = text[Math.Max(0, start - 20)..start].TrimEnd().ToLowerInvariant();
        return ApproximateCues.Any(cue => before.EndsWith(cue, StringComparison.Ordinal) && (before.Length == cue.Length || !char.IsLetter(before[^(cue.Length + 1)])));
    }

    // The counted noun right after a number: "two sources" -> "source". Capitalised words, function words and
    // words that start another construction are not units.
    private static string? UnitAfter(string text, int end, out int unitEnd)
    {
        unitEnd = end;
        var i = end;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        if (i == end && i < text.Length && text[i] != '-')
        {
            return null;
        }

        if (i < text.Length && text[i] == '-')
        {
            i++;
        }

        var j = i;
        while (j < text.Length && char.IsLetter(text[j]))
        {
            j++;
        }

        if (j == i || !char.IsLower(text[i]))
        {
            return null;
        }

        var word = text[i..j];
        if (StopWords.Contains(word) || NumberWords.IsNumberWord(word) || word is "percent" or "per")
        {
            return null;
        }

        unitEnd = j;
        return Unit(word);
    }

    private static string Unit(string word) => Singular(word.ToLowerInvariant());

    private static string Singular(string word) =>
        word.Length <= 3 || !word.EndsWith('s') || word.EndsWith("ss", StringComparison.Ordinal) || word.EndsWith("us", StringComparison.Ordinal) ? word
        : word.EndsWith("ies", StringComparison.Ordinal) ? word[..^3] + "y"
        : word.EndsWith("ches", StringComparison.Ordinal) || word.EndsWith("shes", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal) ? word[..^2]
        : word[..^1];
}
