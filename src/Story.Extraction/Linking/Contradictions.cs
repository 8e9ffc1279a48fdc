using System.Globalization;
using Story.Extraction.Language;
using Story.Extraction.Numbers;
using Story.Facts;

namespace Story.Extraction.Linking;

/// <summary>
/// Ways a sentence that matches a known claim can contradict it: a negation on one side only, near the words they
/// share ("denies", "not", "rejected"); a different number for the same measure (28-point vs 20-point, 19% vs 50%);
/// a different day for the same event.
/// </summary>
internal static class Contradictions
{
    public static IReadOnlyList<string> Between(
        ClaimFeatures candidate,
        OccurredAt? candidateDate,
        ClaimFeatures known,
        OccurredAt? knownDate,
        Similarity.Match match,
        IngestionOptions options)
    {
        var found = new List<string>();
        var shared = match.SharedWords.ToHashSet(StringComparer.Ordinal);
        var candidateNegations = NegationsNear(candidate, shared, options.NegationWindow);
        var knownNegations = NegationsNear(known, shared, options.NegationWindow);
        if (candidateNegations.Count > 0 && knownNegations.Count == 0)
        {
            found.Add($"negation: the report says '{string.Join("', '", candidateNegations)}', the claim does not");
        }
        else if (knownNegations.Count > 0 && candidateNegations.Count == 0)
        {
            found.Add($"negation: the claim says '{string.Join("', '", knownNegations)}', the report does not");
        }

        foreach (var number in candidate.Numbers)
        {
            var sameMeasure = known.Numbers.Where(number.MeasuresSameThingAs).ToList();
            if (sameMeasure.Count > 0 && !sameMeasure.Any(k => number.IsEquivalentTo(k, options.NumberTolerance)))
            {
                found.Add($"number: {number.Key} vs {string.Join(", ", sameMeasure.Select(k => k.Key))}");
            }
        }

        if (candidateDate is { Precision: TimePrecision.Day } c && knownDate is { Precision: TimePrecision.Day } k2 && c.Value.Date != k2.Value.Date)
        {
            found.Add($"date: {c.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} vs {k2.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        }

        return found;
    }

    private static List<string> NegationsNear(ClaimFeatures f, HashSet<string> shared, int window)
    {
        var positions = f.StemSequence.Select((stem, i) => (stem, i)).Where(x => shared.Contains(x.stem)).Select(x => x.i).ToList();
        // A negating verb both texts use ("dismiss" / "dismissal") is what they agree on, not a contradiction.
        return f.Negations
            .Where(n => !shared.Contains(Synonyms.Fold(LightStemmer.Stem(n.Cue))))
            .Where(n => positions.Any(p => Math.Abs(p - n.Position) <= window))
            .Select(n => n.Cue)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }
}
