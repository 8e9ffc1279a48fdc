namespace Story.Facts;

/// <summary>A report said something that contradicts a claim.</summary>
[FactType("claim-disputed")]
public sealed record ClaimDisputed(
    string ClaimId,
    string StoryId,
    string ReportId,
    string Attribution,
    QuoteSpan Quote,
    string Reason,
    DateTimeOffset ReportedAt) : Fact
{
    public override string StoryId { get; } = StoryId;

    public override DateTimeOffset ReportedAt { get; } = ReportedAt;
}
