using Story.Facts;

namespace Story.Application.Evaluation;

/// <summary>
/// Scores extracted facts against curated ones for the same reports. A mention is (report, quote span); an extracted
/// mention matches a curated one when both are in the same report and the spans overlap by at least half of the
/// shorter (<see cref="Mention.Matches"/>). Reported and corroborated mentions form a claim's cluster; disputes do not.
/// <list type="bullet">
/// <item>Claim recall: the share of curated claims whose first mention (its claim-reported quote) is matched by some
/// extracted reported or corroborated mention.</item>
/// <item>Link precision: of the pairs of extracted mentions in one cluster and in different reports, both of which
/// match some curated mention, the share for which some curated mention each matches lie in one curated cluster.</item>
/// <item>Link recall: of the pairs of curated mentions in one cluster and in different reports, both of which some
/// extracted mention matches, the share for which some extracted mention of each lie in one extracted cluster.
/// <see cref="ExtractionScore.LinkRecallAllPairs"/> counts every curated pair, matched or not.</item>
/// <item>Dispute recall: the share of curated disputes whose quote an extracted dispute matches. Dispute precision:
/// the share of extracted disputes that match a curated dispute.</item>
/// </list>
/// </summary>
public static class ExtractionScorer
{
    private const int ExcerptLength = 70;

    public static ExtractionScore Score(IReadOnlyList<Fact> curated, IReadOnlyList<Fact> extracted, IReadOnlyDictionary<string, string> reportTexts)
    {
        var gold = Mention.In(curated, id => id);
        var found = Mention.In(extracted, id => id);
        var goldLinks = gold.Where(m => m.Kind != MentionKind.Disputed).ToList();
        var foundLinks = found.Where(m => m.Kind != MentionKind.Disputed).ToList();
        string Show(Mention m) => $"{m.ReportId}[{m.Start}..{m.End}] “{Excerpt(reportTexts, m)}”";

        // Claim recall.
        var firstMentions = gold.Where(m => m.Kind == MentionKind.Reported).ToList();
        var missedClaims = firstMentions.Where(g => !foundLinks.Any(f => f.Matches(g))).ToList();

        // Link precision over extracted pairs.
        var foundPairs = Pairs(foundLinks).Where(p => goldLinks.Any(g => g.Matches(p.A)) && goldLinks.Any(g => g.Matches(p.B))).ToList();
        var wrongLinks = foundPairs.Where(p => !SameCluster(p.A, p.B, goldLinks)).ToList();

        // Link recall over curated pairs.
        var goldPairs = Pairs(goldLinks).ToList();
        var matchedGoldPairs = goldPairs.Where(p => foundLinks.Any(f => f.Matches(p.A)) && foundLinks.Any(f => f.Matches(p.B))).ToList();
        var recalled = matchedGoldPairs.Count(p => SameCluster(p.A, p.B, foundLinks));
        var missedLinks = goldPairs.Where(p => !SameCluster(p.A, p.B, foundLinks)).ToList();

        // Disputes.
        var goldDisputes = gold.Where(m => m.Kind == MentionKind.Disputed).ToList();
        var foundDisputes = found.Where(m => m.Kind == MentionKind.Disputed).ToList();
        var missedDisputes = goldDisputes.Where(g => !foundDisputes.Any(f => f.Matches(g))).ToList();
        var wrongDisputes = foundDisputes.Where(f => !goldDisputes.Any(g => g.Matches(f))).ToList();

        return new ExtractionScore(
            new Ratio(firstMentions.Count - missedClaims.Count, firstMentions.Count),
            new Ratio(foundPairs.Count - wrongLinks.Count, foundPairs.Count),
            new Ratio(recalled, matchedGoldPairs.Count),
            new Ratio(recalled, goldPairs.Count),
            new Ratio(goldDisputes.Count - missedDisputes.Count, goldDisputes.Count),
            new Ratio(foundDisputes.Count - wrongDisputes.Count, foundDisputes.Count),
            Counts(curated),
            Counts(extracted),
            missedClaims.Select(m => $"{m.ClaimId}: {Show(m)}").ToList(),
            missedLinks.Select(p => $"{p.A.ClaimId}: {Show(p.A)} ~ {Show(p.B)}").ToList(),
            wrongLinks.Select(p => $"{p.A.ClaimId}: {Show(p.A)} ~ {Show(p.B)}").ToList(),
            missedDisputes.Select(m => $"{m.ClaimId}: {Show(m)}").ToList(),
            wrongDisputes.Select(m => $"{m.ClaimId}: {Show(m)}").ToList());
    }

    // Every pair of mentions of one claim in different reports, each pair once.
    private static IEnumerable<(Mention A, Mention B)> Pairs(IReadOnlyList<Mention> mentions)
    {
        foreach (var cluster in mentions.GroupBy(m => m.ClaimId, StringComparer.Ordinal))
        {
            var list = cluster.ToList();
            for (var i = 0; i < list.Count; i++)
            {
                for (var j = i + 1; j < list.Count; j++)
                {
                    if (!string.Equals(list[i].ReportId, list[j].ReportId, StringComparison.Ordinal))
                    {
                        yield return (list[i], list[j]);
                    }
                }
            }
        }
    }

    // Whether some mention matching a and some matching b belong to one cluster of the other side.
    private static bool SameCluster(Mention a, Mention b, IReadOnlyList<Mention> other)
    {
        var claimsOfA = other.Where(o => o.Matches(a)).Select(o => o.ClaimId).ToHashSet(StringComparer.Ordinal);
        return other.Any(o => o.Matches(b) && claimsOfA.Contains(o.ClaimId));
    }

    private static FactCounts Counts(IReadOnlyList<Fact> facts) =>
        new(facts.OfType<ClaimReported>().Count(), facts.OfType<ClaimCorroborated>().Count(), facts.OfType<ClaimDisputed>().Count());

    private static string Excerpt(IReadOnlyDictionary<string, string> texts, Mention m)
    {
        if (!texts.TryGetValue(m.ReportId, out var text) || m.End > text.Length)
        {
            return string.Empty;
        }

        var quote = string.Join(' ', text[m.Start..m.End].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return quote.Length <= ExcerptLength ? quote : quote[..(ExcerptLength - 1)] + "…";
    }
}
