using MediatR;
using Story.Application.Appending;
using Story.Extraction;

namespace Story.Application.Ingesting;

/// <summary>
/// Read a raw report into a story: append the report itself (full text, content hash), then one fact per claim it
/// makes, linked against the claims the story already holds (new claim, corroboration or dispute, each with its
/// evidence in the event's metadata). The same text twice appends nothing the second time.
/// </summary>
/// <param name="Report">The report as it arrived.</param>
/// <param name="StoryId">The story to add it to; null means the one story the store holds.</param>
/// <param name="DryRun">Plan and return the decisions, append nothing.</param>
/// <param name="Origin">Where the report came from, for error messages: a file name, "body".</param>
/// <param name="Actor">Who is ingesting, kept in each event's metadata; default "story ingest".</param>
public sealed record IngestReport(RawReport Report, string? StoryId, bool DryRun, string Origin = "report", string? Actor = null) : IRequest<IngestReportResult>;

/// <summary>The JSON shape of <c>story ingest --json</c> and of <c>POST /api/reports/raw</c>.</summary>
/// <param name="StoryId">The story the report went (or would go) into.</param>
/// <param name="ReportId">The report's id: derived from its text, or the id it was stored under before.</param>
/// <param name="ContentHash">"sha256:" and the hex SHA-256 of the text's UTF-8 bytes.</param>
/// <param name="AlreadyIngested">A report with this content hash was already in the story; nothing was appended.</param>
/// <param name="DryRun">Nothing was appended because only the plan was asked for.</param>
/// <param name="Totals">How many new claims, corroborations, disputes and repeats.</param>
/// <param name="Decisions">One per fact after the report's own, in text order.</param>
/// <param name="Repeats">Sentences restating a claim this same report already makes; they append nothing.</param>
/// <param name="Append">What the append did; null for a dry run or an already ingested report.</param>
public sealed record IngestReportResult(
    string StoryId,
    string ReportId,
    string ContentHash,
    bool AlreadyIngested,
    bool DryRun,
    IngestTotals Totals,
    IReadOnlyList<DecisionView> Decisions,
    IReadOnlyList<DecisionView> Repeats,
    AppendFactsResult? Append);

/// <summary>How many new claims, corroborations and disputes the report brings.</summary>
public sealed record IngestTotals(int NewClaims, int Corroborations, int Disputes, int Repeats)
{
    public static IngestTotals Of(IReadOnlyList<DecisionView> decisions, int repeats) => new(
        decisions.Count(d => d.Kind == DecisionKinds.NewClaim),
        decisions.Count(d => d.Kind == DecisionKinds.Corroboration),
        decisions.Count(d => d.Kind == DecisionKinds.Dispute),
        repeats);
}
