namespace Story.Facts;

/// <summary>
/// A claim's statement was corrected, by a later report (with its quote) or by the desk (no report).
/// </summary>
[FactType("claim-corrected")]
public sealed record ClaimCorrected(
    string ClaimId,
    string StoryId,
    string Statement,
    string Reason,
    DateTimeOffset ReportedAt,
    string? ReportId = null,
    QuoteSpan? Quote = null) : Fact
{
    public override string StoryId { get; } = StoryId;

    public override DateTimeOffset ReportedAt { get; } = ReportedAt;
}
