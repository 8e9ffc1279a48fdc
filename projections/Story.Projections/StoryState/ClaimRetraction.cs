using Story.Facts;

namespace Story.Projections;

/// <summary>
/// A withdrawal of a claim, from a report or from the desk (no report, no <c>Source</c>).
/// <c>Source</c> is the retracting report's outlet label; <c>Actor</c> is who appended it, from the event's metadata.
/// </summary>
public sealed record ClaimRetraction(
    string Reason,
    string? ReportId,
    string? Source,
    QuoteSpan? Quote,
    DateTimeOffset ReportedAt,
    long Position,
    string? Actor) : IChronological;
