using MediatR;
using Story.Facts;
using Story.Store;

namespace Story.Application.Querying;

/// <summary>One published report with its full text, so that quotes can be shown in place.</summary>
public sealed record GetReport(string ReportId) : IRequest<ReportView>;

/// <summary>The JSON shape of <c>GET /api/reports/{id}</c>: the report as published, and where Story recorded it.</summary>
public sealed record ReportView(
    string ReportId,
    string StoryId,
    string Source,
    string? Title,
    string? Url,
    DateTimeOffset PublishedAt,
    bool PublishedAtIsEstimate,
    string ContentHash,
    string Text,
    long Position,
    DateTimeOffset RecordedAt,
    string Hash);

public sealed class GetReportHandler(IEventStore store) : IRequestHandler<GetReport, ReportView>
{
    public async Task<ReportView> Handle(GetReport request, CancellationToken cancellationToken)
    {
        var facts = await StoryFacts.LoadAsync(store, cancellationToken);
        var found = facts.LastOrDefault(f => f.Fact is ReportPublished r && string.Equals(r.ReportId, request.ReportId, StringComparison.Ordinal));
        if (found is not { Fact: ReportPublished report })
        {
            throw new NotFoundException($"No report '{request.ReportId}'. `story state` lists the report ids.");
        }

        return new ReportView(
            report.ReportId,
            report.StoryId,
            report.Source,
            report.Title,
            report.Url,
            report.PublishedAt,
            report.PublishedAtIsEstimate,
            report.ContentHash,
            report.Text,
            found.Position,
            found.RecordedAt,
            found.Envelope.Hash);
    }
}
