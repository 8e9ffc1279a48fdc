namespace Story.Projections;

/// <summary>
/// What one report contributed, as claim ids in story order. <c>FirstReported</c> holds the claims it was the earliest
/// (by publication, then position) to make; <c>Corroborated</c> the ones it made after another report had.
/// </summary>
public sealed record SourceEntry(
    ReportSummary Report,
    IReadOnlyList<string> FirstReported,
    IReadOnlyList<string> Corroborated,
    IReadOnlyList<string> Disputed,
    IReadOnlyList<string> Corrected,
    IReadOnlyList<string> Retracted);
