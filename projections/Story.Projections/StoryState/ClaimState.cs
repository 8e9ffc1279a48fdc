using System.Collections.Immutable;
using Story.Facts;

namespace Story.Projections;

/// <summary>
/// A claim as the story stands: its statement (corrected if it was), its status, and every report for and against it.
/// <see cref="OriginalStatement"/>, <see cref="Entities"/> and <see cref="OccurredAt"/> come from the earliest
/// ClaimReported; <see cref="FirstReportId"/> is the earliest source of any kind, so a report published earlier but
/// recorded later becomes the first report. A claim known only from corroborations is <see cref="IsProvisional"/>.
/// </summary>
public sealed record ClaimState(
    string ClaimId,
    string StoryId,
    string Statement,
    string OriginalStatement,
    ClaimStatus Status,
    IReadOnlyList<string> Entities,
    OccurredAt? OccurredAt,
    string FirstReportId,
    string FirstSource,
    DateTimeOffset FirstReportedAt,
    IReadOnlyList<ClaimSource> Sources,
    IReadOnlyList<ClaimDispute> Disputes,
    IReadOnlyList<ClaimCorrection> Corrections,
    ClaimRetraction? Retraction)
{
    /// <summary>How many distinct reports make the claim (a report quoted twice counts once).</summary>
    public int ReportCount => Sources.Select(s => s.ReportId).Distinct(StringComparer.Ordinal).Count();

    /// <summary>
    /// True while no ClaimReported for this claim has been folded, only corroborations: the statement is then the
    /// earliest corroborating quote, with no entities or date, until the ClaimReported replaces them.
    /// </summary>
    public bool IsProvisional => !Sources.Any(s => s.Kind == ClaimSource.ReportedKind);

    internal ClaimEvidence Evidence => new(Sources, Disputes, Corrections, Retraction);

    internal long FirstPosition => Sources[0].Position;

    /// <summary>Derives everything that depends on the evidence, so the state is a function of the facts, not of their order.</summary>
    internal static ClaimState Build(
        string claimId,
        string storyId,
        string originalStatement,
        IReadOnlyList<string> entities,
        OccurredAt? occurredAt,
        ClaimEvidence evidence)
    {
        var first = evidence.Sources[0];
        var reports = evidence.Sources.Select(s => s.ReportId).Distinct(StringComparer.Ordinal).Count();
        return new ClaimState(
            claimId,
            storyId,
            evidence.Corrections.Count > 0 ? evidence.Corrections[^1].Statement : originalStatement,
            originalStatement,
            StatusOf(evidence, reports),
            entities,
            occurredAt,
            first.ReportId,
            first.Source,
            first.ReportedAt,
            evidence.Sources,
            evidence.Disputes,
            evidence.Corrections,
            evidence.Retraction);
    }

    /// <summary>A claim that reports have made but whose ClaimReported has not been folded yet.</summary>
    internal static ClaimState Provisional(string claimId, string storyId, ClaimEvidence evidence) =>
        Build(claimId, storyId, evidence.Sources[0].Quote.Text, ImmutableList<string>.Empty, null, evidence);

    internal ClaimState With(ClaimEvidence evidence) =>
        IsProvisional
            ? Provisional(ClaimId, StoryId, evidence)
            : Build(ClaimId, StoryId, OriginalStatement, Entities, OccurredAt, evidence);

    private static ClaimStatus StatusOf(ClaimEvidence evidence, int reports) =>
        evidence.Retraction is not null ? ClaimStatus.Retracted
        : evidence.Corrections.Count > 0 ? ClaimStatus.Corrected
        : evidence.Disputes.Count > 0 ? ClaimStatus.Disputed
        : reports >= 2 ? ClaimStatus.Corroborated
        : ClaimStatus.Reported;
}
