using Story.Facts;

namespace Story.Projections;

/// <summary>
/// A report that made a claim, in its own words. <c>Source</c> is the report's outlet label, or its id while the report
/// itself has not been seen; <c>Kind</c> is <c>reported</c> (a ClaimReported) or <c>corroborated</c> (a ClaimCorroborated).
/// </summary>
public sealed record ClaimSource(
    string ReportId,
    string Source,
    string Attribution,
    Hedging Hedging,
    QuoteSpan Quote,
    DateTimeOffset ReportedAt,
    long Position,
    string Kind) : IChronological
{
    public const string ReportedKind = "reported";
    public const string CorroboratedKind = "corroborated";
}
