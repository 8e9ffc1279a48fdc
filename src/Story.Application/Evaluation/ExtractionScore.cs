namespace Story.Application.Evaluation;

/// <summary>A share with the counts behind it, so a reader sees 12/50 and not only 0.24.</summary>
public sealed record Ratio(int Hits, int Total)
{
    public double? Value => Total == 0 ? null : Math.Round((double)Hits / Total, 3);
}

/// <summary>
/// How extraction and linking compare with a curated answer key (the JSON shape of <c>story eval-extraction --json</c>).
/// See <see cref="ExtractionScorer"/> for the exact definitions.
/// </summary>
public sealed record ExtractionScore(
    Ratio ClaimRecall,
    Ratio LinkPrecision,
    Ratio LinkRecall,
    Ratio LinkRecallAllPairs,
    Ratio DisputeRecall,
    Ratio DisputePrecision,
    FactCounts Curated,
    FactCounts Extracted,
    IReadOnlyList<string> MissedClaims,
    IReadOnlyList<string> MissedLinks,
    IReadOnlyList<string> WrongLinks,
    IReadOnlyList<string> MissedDisputes,
    IReadOnlyList<string> WrongDisputes);

/// <summary>How many claims, corroborations and disputes a set of facts holds.</summary>
public sealed record FactCounts(int Claims, int Corroborations, int Disputes);
