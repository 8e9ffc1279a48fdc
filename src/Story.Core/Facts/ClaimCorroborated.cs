namespace Story.Facts;

/// <summary>Another report made a claim already in the story.</summary>
[FactType("claim-corroborated")]
public sealed record ClaimCorroborated(
    string ClaimId,
    string StoryId,
    string ReportId,
    string Attribution,
    Hedging Hedging,
    QuoteSpan Quote,
    DateTimeOffset ReportedAt) : Fact
{
    public override string StoryId { get; } = StoryId;

    public override DateTimeOffset ReportedAt { get; } = ReportedAt;
}
