namespace Story.Projections;

/// <summary>How one claim changed between two moments; <c>Before</c> is null for a claim that was not there yet.</summary>
public sealed record ClaimChange(
    string ClaimId,
    string Statement,
    ClaimStatus? Before,
    ClaimStatus After,
    int ReportsBefore,
    int ReportsAfter);
