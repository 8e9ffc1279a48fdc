namespace Story.Facts;

/// <summary>
/// The exact words in a report that carry a claim: <c>Text</c> equals the report text from
/// <c>Start</c> (inclusive) to <c>End</c> (exclusive), offsets counted in UTF-16 code units.
/// </summary>
public sealed record QuoteSpan(int Start, int End, string Text)
{
    public int Length => End - Start;

    /// <summary>True when the span lies inside <paramref name="reportText"/> and matches it exactly.</summary>
    public bool Matches(string reportText) =>
        Start >= 0 && End > Start && End <= reportText.Length
        && reportText.AsSpan(Start, Length).SequenceEqual(Text);
}
