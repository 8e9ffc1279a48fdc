using MediatR;
using Story.Facts;
using Story.Projections;
using Story.Store;

namespace Story.Application.Querying;

/// <summary>Every event that touched a claim: which reports, the exact quotes, attributions, times, positions and hashes.</summary>
public sealed record GetClaimAudit(string ClaimId, Moment Moment) : IRequest<ClaimAuditView>;

/// <summary>An audit entry with the check that its quote still equals its report's text at its offsets.</summary>
public sealed record AuditEntryView(AuditEntry Entry, bool? QuoteMatchesReport, bool? PublishedAtIsEstimate);

/// <summary>The JSON shape of <c>story audit --json</c> and <c>GET /api/claims/{id}/audit</c>.</summary>
public sealed record ClaimAuditView(MomentView Moment, string ClaimId, string? Statement, ClaimStatus? Status, IReadOnlyList<AuditEntryView> Entries);

public sealed class GetClaimAuditHandler(IEventStore store) : IRequestHandler<GetClaimAudit, ClaimAuditView>
{
    public async Task<ClaimAuditView> Handle(GetClaimAudit request, CancellationToken cancellationToken)
    {
        var facts = (await StoryFacts.LoadAsync(store, cancellationToken)).AsOf(request.Moment).ToList();
        var audits = ClaimAuditProjection.Instance.Fold(facts);
        if (!audits.TryGetValue(request.ClaimId, out var audit))
        {
            throw new NotFoundException($"No claim '{request.ClaimId}' at {request.Moment}. `story state` lists the claim ids.");
        }

        var state = StoryStateProjection.Instance.Fold(facts);
        var reports = facts.Select(f => f.Fact).OfType<ReportPublished>().ToDictionary(r => r.ReportId, StringComparer.Ordinal);
        var entries = audit.Entries.Select(entry =>
        {
            var report = entry.ReportId is null ? null : reports.GetValueOrDefault(entry.ReportId);
            bool? matches = entry.Quote is null || report is null ? null : entry.Quote.Matches(report.Text);
            return new AuditEntryView(entry, matches, report?.PublishedAtIsEstimate);
        }).ToList();
        var claim = state.Claims.GetValueOrDefault(request.ClaimId);
        return new ClaimAuditView(MomentView.Of(request.Moment), request.ClaimId, claim?.Statement ?? audit.Statement, claim?.Status, entries);
    }
}
