using System.Text.RegularExpressions;
using Story.Facts;

namespace Story.Extraction.Candidates;

/// <summary>
/// How firmly the report states a clause, read from its own words (not the quoted ones): officially confirmed,
/// alleged, reportedly / reports indicate, attributed to a source, or asserted.
/// </summary>
internal static partial class HedgingDetector
{
    [GeneratedRegex(@"\b(?:(?:officially|formally|publicly)\s+confirm(?:ed|s)?|has\s+confirmed|have\s+confirmed|confirmed\s+that)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Confirmed();

    [GeneratedRegex(@"\balleged(?:ly)?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Alleged();

    [GeneratedRegex(@"\breportedly\b|\breports?\s+(?:indicate|indicates|suggest|suggests|say|says|said|claim|claimed)\b|\b(?:is|are|was|were)\s+(?:said|reported|believed|understood)\s+to\b|\baccording\s+to\s+(?:media\s+|press\s+|unconfirmed\s+)?reports\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Reportedly();

    public static Hedging Detect(string clause, bool attributed)
    {
        var own = QuoteMask.Mask(clause);
        if (Confirmed().IsMatch(own))
        {
            return Hedging.Confirmed;
        }

        if (Alleged().IsMatch(own))
        {
            return Hedging.Alleged;
        }

        if (Reportedly().IsMatch(own))
        {
            return Hedging.Reportedly;
        }

        return attributed ? Hedging.Attributed : Hedging.Asserted;
    }
}
