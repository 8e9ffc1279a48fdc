using Story.Extraction.Numbers;

namespace Story.Extraction;

/// <summary>The knobs of extraction and linking. The defaults are general, not tuned to any one story.</summary>
public sealed record IngestionOptions
{
    public static IngestionOptions Default { get; } = new();

    /// <summary>Lowest similarity at which a candidate is the same claim as a known one.</summary>
    public double CorroborationThreshold { get; init; } = 0.40;

    /// <summary>Lowest similarity at which a contradicting candidate disputes a known claim: higher than for a
    /// corroboration, because a wrongly recorded dispute misleads more than a missed one.</summary>
    public double DisputeThreshold { get; init; } = 0.45;

    /// <summary>Content words (or agreeing numbers) a match must share besides entities.</summary>
    public int MinSharedWords { get; init; } = 3;

    /// <summary>Shared terms a sentence must add, beyond those of its first link, to corroborate a second known claim.</summary>
    public int MinFreshTermsForSecondLink { get; init; } = 2;

    /// <summary>How close to the first link's score a second link of the same sentence must come.</summary>
    public double SecondLinkShareOfFirst { get; init; } = 0.85;

    /// <summary>How much a shared entity counts relative to a shared word of the same rarity.</summary>
    public double EntityWeight { get; init; } = 1.0;

    /// <summary>How much a shared number counts (as the weight of one feature).</summary>
    public double NumberWeight { get; init; } = 3.0;

    /// <summary>How far a negation may be from the words the two claims share and still negate them.</summary>
    public int NegationWindow { get; init; } = 3;

    /// <summary>Fewest words a sentence needs to be a claim.</summary>
    public int MinCandidateWords { get; init; } = 4;

    /// <summary>Fewest words a line without final punctuation (a headline) needs to be a claim.</summary>
    public int MinHeadlineWords { get; init; } = 8;

    /// <summary>Whether new capitalised multi-word names are added to the gazetteer.</summary>
    public bool LearnEntities { get; init; } = true;

    public NumberTolerance NumberTolerance { get; init; } = NumberTolerance.Default;
}
