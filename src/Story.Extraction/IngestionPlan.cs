using Story.Facts;

namespace Story.Extraction;

/// <summary>
/// What ingesting a report would append: the <see cref="ReportPublished"/> fact first, then one fact per decision
/// in text order (<see cref="ClaimReported"/>, <see cref="ClaimCorroborated"/>, <see cref="ClaimDisputed"/>).
/// <see cref="Repeats"/> are candidates that restate a claim this same report already makes (or already
/// corroborates); a report does not corroborate itself, so they produce no fact.
/// </summary>
public sealed record IngestionPlan(ReportPublished Report, IReadOnlyList<LinkDecision> Decisions, IReadOnlyList<Fact> Facts)
{
    public IReadOnlyList<LinkDecision> Repeats { get; init; } = [];

    /// <summary>The claims this plan adds to the story, as the next report's <see cref="KnownClaim"/>s will see them.</summary>
    public IReadOnlyList<ClaimReported> NewClaims => Facts.OfType<ClaimReported>().ToList();
}
