using Story.Facts;

namespace Story.Projections;

/// <summary>A report that contradicted a claim.</summary>
public sealed record ClaimDispute(
    string ReportId,
    string Source,
    string Attribution,
    QuoteSpan Quote,
    string Reason,
    DateTimeOffset ReportedAt,
    long Position) : IChronological;
