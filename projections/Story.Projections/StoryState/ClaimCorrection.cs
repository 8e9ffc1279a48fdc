using Story.Facts;

namespace Story.Projections;

/// <summary>
/// A corrected statement, from a report (with its quote) or from the desk (no report, no <c>Source</c>).
/// <c>Source</c> is the correcting report's outlet label; <c>Actor</c> is who appended it, from the event's metadata.
/// </summary>
public sealed record ClaimCorrection(
    string Statement,
    string Reason,
    string? ReportId,
    string? Source,
    QuoteSpan? Quote,
    DateTimeOffset ReportedAt,
    long Position,
    string? Actor) : IChronological;
