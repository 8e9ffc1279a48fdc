using Story.Facts;

namespace Story.Projections;

/// <summary>A claim on the story's timeline.</summary>
public sealed record TimelineEntry(
    string ClaimId,
    string Statement,
    OccurredAt? OccurredAt,
    ClaimStatus Status,
    int ReportCount,
    string FirstReportId);
