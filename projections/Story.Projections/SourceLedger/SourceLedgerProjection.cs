namespace Story.Projections;

/// <summary>
/// Derives the source ledger from a story state. "First to report" is the claim's first source, the earliest by
/// (ReportedAt, Position), so a report published earlier but recorded later takes the credit once it arrives.
/// </summary>
public static class SourceLedgerProjection
{
    public static SourceLedger From(StoryState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var claims = state.ClaimsInOrder().ToList();
        var entries = state.Reports.Values
            .OrderBy(r => r.PublishedAt)
            .ThenBy(r => r.Position)
            .ThenBy(r => r.ReportId, StringComparer.Ordinal)
            .Select(report => Entry(report, claims))
            .ToList();
        return new SourceLedger(entries);
    }

    private static SourceEntry Entry(ReportSummary report, IReadOnlyList<ClaimState> claims)
    {
        bool Is(string? reportId) => string.Equals(reportId, report.ReportId, StringComparison.Ordinal);

        return new SourceEntry(
            report,
            claims.Where(c => Is(c.FirstReportId)).Select(c => c.ClaimId).ToList(),
            claims.Where(c => !Is(c.FirstReportId) && c.Sources.Any(s => Is(s.ReportId))).Select(c => c.ClaimId).ToList(),
            claims.Where(c => c.Disputes.Any(d => Is(d.ReportId))).Select(c => c.ClaimId).ToList(),
            claims.Where(c => c.Corrections.Any(x => Is(x.ReportId))).Select(c => c.ClaimId).ToList(),
            claims.Where(c => Is(c.Retraction?.ReportId)).Select(c => c.ClaimId).ToList());
    }
}
