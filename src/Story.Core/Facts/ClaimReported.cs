namespace Story.Facts;

/// <summary>A report made a claim for the first time in this story.</summary>
[FactType("claim-reported")]
public sealed record ClaimReported(
    string ClaimId,
    string StoryId,
    string ReportId,
    string Statement,
    IReadOnlyList<string> Entities,
    string Attribution,
    Hedging Hedging,
    QuoteSpan Quote,
    DateTimeOffset ReportedAt,
    OccurredAt? OccurredAt = null) : Fact
{
    public override string StoryId { get; } = StoryId;

    public override DateTimeOffset ReportedAt { get; } = ReportedAt;
}
