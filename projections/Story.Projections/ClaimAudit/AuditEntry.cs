using Story.Facts;

namespace Story.Projections;

/// <summary>
/// One event that touched a claim, with how Story knows it: the report and its exact words, who appended it, the
/// event's place in the hash chain, and the evidence recorded with it (<c>Evidence</c> is the event metadata's
/// properties, e.g. why a corroboration was linked to this claim). <c>Kind</c> is reported, corroborated, disputed,
/// corrected or retracted; <c>Source</c> is the report's outlet label, its id while the report is unseen, or null
/// for the desk.
/// </summary>
public sealed record AuditEntry(
    string Kind,
    string? ReportId,
    string? Source,
    QuoteSpan? Quote,
    string? Attribution,
    Hedging? Hedging,
    string? Statement,
    string? Reason,
    DateTimeOffset ReportedAt,
    DateTimeOffset RecordedAt,
    long Position,
    Guid EventId,
    string Hash,
    string? Actor,
    IReadOnlyDictionary<string, string>? Evidence);
