using Story.Extraction.Numbers;

namespace Story.Extraction.Linking;

/// <summary>
/// How alike two claim texts are: a cosine over weighted features, where each shared content word counts its
/// IDF, each shared entity its IDF times <see cref="IngestionOptions.EntityWeight"/>, and each pair of numbers
/// that state the same quantity (19% and "nearly one-fifth") <see cref="IngestionOptions.NumberWeight"/>.
/// </summary>
internal static class Similarity
{
    public static Match Compare(ClaimFeatures a, ClaimFeatures b, TermWeights weights, IngestionOptions options)
    {
        if (a.TakesStanceAbsentFrom(b))
        {
            return new Match(0, [], [], []);
        }

        var sharedWords = a.Stems.Intersect(b.Stems, StringComparer.Ordinal).ToList();
        var sharedEntities = a.Entities.Intersect(b.Entities, StringComparer.Ordinal).ToList();
        var sharedNumbers = MatchNumbers(a.Numbers, b.Numbers, options.NumberTolerance);

        var dot = sharedWords.Sum(w => Square(weights.Word(w)))
            + sharedEntities.Sum(e => Square(options.EntityWeight * weights.Entity(e)))
            + (sharedNumbers.Count * Square(options.NumberWeight));
        // Numbers that measure the same thing differently (28-point vs 20-point) are what a dispute is about,
        // not a sign that the two texts are about different things: they leave the norms.
        var conflictingA = a.Numbers.Count(x => b.Numbers.Any(y => x.MeasuresSameThingAs(y)) && !sharedNumbers.Any(p => ReferenceEquals(p.A, x)));
        var conflictingB = b.Numbers.Count(y => a.Numbers.Any(x => y.MeasuresSameThingAs(x)) && !sharedNumbers.Any(p => ReferenceEquals(p.B, y)));
        var normA = Norm(a, weights, options) - (conflictingA * Square(options.NumberWeight));
        var normB = Norm(b, weights, options) - (conflictingB * Square(options.NumberWeight));
        var score = normA == 0 || normB == 0 ? 0 : dot / Math.Sqrt(normA * normB);
        var shorter = Math.Min(a.Stems.Count + a.Numbers.Count, b.Stems.Count + b.Numbers.Count);
        return new Match(score, sharedWords, sharedEntities, sharedNumbers) { ShorterTerms = shorter };
    }

    private static double Norm(ClaimFeatures f, TermWeights weights, IngestionOptions options) =>
        f.Stems.Sum(w => Square(weights.Word(w)))
        + f.Entities.Sum(e => Square(options.EntityWeight * weights.Entity(e)))
        + (f.Numbers.Count * Square(options.NumberWeight));

    private static List<(NumberMention A, NumberMention B)> MatchNumbers(IReadOnlyList<NumberMention> a, IReadOnlyList<NumberMention> b, NumberTolerance tolerance)
    {
        var pairs = new List<(NumberMention, NumberMention)>();
        var used = new HashSet<int>();
        foreach (var x in a)
        {
            for (var j = 0; j < b.Count; j++)
            {
                if (!used.Contains(j) && x.IsEquivalentTo(b[j], tolerance))
                {
                    pairs.Add((x, b[j]));
                    used.Add(j);
                    break;
                }
            }
        }

        return pairs;
    }

    private static double Square(double x) => x * x;

    /// <summary>The score and what the two texts share.</summary>
    internal sealed record Match(double Score, IReadOnlyList<string> SharedWords, IReadOnlyList<string> SharedEntities, IReadOnlyList<(NumberMention A, NumberMention B)> SharedNumbers)
    {
        /// <summary>Shared content words, with each agreeing number counted as one: "19%" and "nearly one-fifth" agree on a word's worth.</summary>
        public int SharedTerms => SharedWords.Count + SharedNumbers.Count;

        /// <summary>Words and numbers of the shorter of the two texts.</summary>
        public int ShorterTerms { get; init; }

        /// <summary>
        /// Whether the texts share enough to be one claim: <paramref name="minShared"/> words or numbers; or, when the
        /// shorter text has no more than that ("The White House declined to comment"), all its words but one and an
        /// entity or another word besides, with a name in common or a close score.
        /// </summary>
        public bool SharesEnough(int minShared) =>
            SharedTerms >= minShared
            || (ShorterTerms <= minShared && SharedTerms >= 1 && SharedTerms >= ShorterTerms - 1 && SharedTerms + SharedEntities.Count >= 2
                && (SharedEntities.Count > 0 || Score >= ShortTextMinScore));

        // Two short texts that share a word or two but no name must agree closely.
        private const double ShortTextMinScore = 0.45;

        public IReadOnlyList<string> SharedNumberKeys => SharedNumbers.Select(p => p.A.Key == p.B.Key ? p.A.Key : $"{p.A.Key} ≈ {p.B.Key}").ToList();
    }
}
