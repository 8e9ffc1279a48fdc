using System.Collections.Immutable;

namespace Story.Projections;

/// <summary>
/// A story as it stands after some facts: its claims, the reports seen, and the last log position folded.
/// Dictionaries are sorted by key so that equal states serialize to equal JSON.
/// </summary>
public sealed record StoryState(
    IReadOnlyDictionary<string, ClaimState> Claims,
    IReadOnlyDictionary<string, ReportSummary> Reports,
    long LastPosition)
{
    public static StoryState Empty { get; } = new(
        ImmutableSortedDictionary.Create<string, ClaimState>(StringComparer.Ordinal),
        ImmutableSortedDictionary.Create<string, ReportSummary>(StringComparer.Ordinal),
        0);

    /// <summary>
    /// Disputes, corrections and retractions of claims that no folded fact has made yet. With no report making the
    /// claim there is no statement to show, so they wait here, out of <see cref="Claims"/>, and join the claim when a
    /// ClaimReported or ClaimCorroborated for it is folded.
    /// </summary>
    public IReadOnlyDictionary<string, ClaimEvidence> Pending { get; init; } =
        ImmutableSortedDictionary.Create<string, ClaimEvidence>(StringComparer.Ordinal);

    /// <summary>
    /// The claims (in <see cref="Claims"/> or <see cref="Pending"/>) that cite a report not folded yet, by report id: the
    /// only ones whose source labels a ReportPublished for that id must fill in, so folding a report does not visit
    /// every claim. Not part of the state's content (it is internal, so not serialized).
    /// </summary>
    internal ImmutableDictionary<string, ImmutableHashSet<string>> AwaitingReport { get; init; } =
        ImmutableDictionary.Create<string, ImmutableHashSet<string>>(StringComparer.Ordinal);

    /// <summary>Claims in story order: by first report time, then first log position, then id.</summary>
    public IEnumerable<ClaimState> ClaimsInOrder() =>
        Claims.Values
            .OrderBy(c => c.FirstReportedAt)
            .ThenBy(c => c.FirstPosition)
            .ThenBy(c => c.ClaimId, StringComparer.Ordinal);

    /// <summary>The outlet label of a report, or its id while the report itself has not been seen.</summary>
    public string SourceOf(string reportId) =>
        Reports.TryGetValue(reportId, out var report) ? report.Source : reportId;
}
