namespace Story.Facts;

/// <summary>A claim was withdrawn, by the report that made it, a later report, or the desk.</summary>
[FactType("claim-retracted")]
public sealed record ClaimRetracted(
    string ClaimId,
    string StoryId,
    string Reason,
    DateTimeOffset ReportedAt,
    string? ReportId = null,
    QuoteSpan? Quote = null) : Fact
{
    public override string StoryId { get; } = StoryId;

    public override DateTimeOffset ReportedAt { get; } = ReportedAt;
}
