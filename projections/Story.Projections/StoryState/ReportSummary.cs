namespace Story.Projections;

/// <summary>A published report without its text: who published what, when, and where Story recorded it.</summary>
public sealed record ReportSummary(
    string ReportId,
    string StoryId,
    string Source,
    string? Title,
    string? Url,
    DateTimeOffset PublishedAt,
    bool PublishedAtIsEstimate,
    string ContentHash,
    long Position,
    DateTimeOffset RecordedAt);
