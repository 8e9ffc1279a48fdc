using System.Text.RegularExpressions;
using Story.Extraction.Segmentation;

namespace Story.Extraction.Candidates;

/// <summary>Lines that are not news: promotions, navigation, credits, and headlines too short to state a claim.</summary>
internal static partial class Boilerplate
{
    [GeneratedRegex(@"^(?:also\s+read|read\s+(?:more|also|next)|more\s+from|related\s*:|see\s+also|recommended|follow\s+(?:us|our)|subscribe|sign\s+up|click\s+here|advertisement|sponsored|share\s+(?:this|on)|watch\s*:|listen\s*:|photo\s*:|image\s*:|video\s*:|\(?reporting\s+by|\(?editing\s+by|\(?writing\s+by|copyright|©|all\s+rights\s+reserved|download\s+(?:our|the)\s+app)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Promo();

    [GeneratedRegex(@"\b(?:follow|subscribe|join)\b.{0,40}\b(?:channel|newsletter|account|us\s+on|updates)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FollowUs();

    public static bool IsBoilerplate(Sentence sentence, int minHeadlineWords)
    {
        var text = sentence.Text;
        if (Promo().IsMatch(text) || FollowUs().IsMatch(text))
        {
            return true;
        }

        if (!sentence.HasFinalPunctuation)
        {
            var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Any(char.IsLetter)).ToList();
            return words.Count < minHeadlineWords || IsTitleCase(words);
        }

        return false;
    }

    // "The U.S. Has Proposed That Ukraine Withdraw Its Troops": a headline, even when long.
    private static bool IsTitleCase(List<string> words)
    {
        var significant = words.Where(w => w.Length >= 4).ToList();
        return significant.Count >= 3 && significant.Count(w => char.IsUpper(w[0])) * 10 >= significant.Count * 7;
    }
}
