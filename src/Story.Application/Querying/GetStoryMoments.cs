using MediatR;
using Story.Application.Seeding;
using Story.Application.Validation;
using Story.Facts;
using Story.Store;

namespace Story.Application.Querying;

/// <summary>The moments worth replaying to: each report's publication and recording, and the manifest's key moments.</summary>
public sealed record GetStoryMoments : IRequest<StoryMomentsView>;

/// <summary>A report as a point on both time axes.</summary>
public sealed record ReportMoment(string ReportId, string Source, string? Title, DateTimeOffset PublishedAt, bool PublishedAtIsEstimate, DateTimeOffset RecordedAt, long Position);

/// <summary>
/// The JSON shape of <c>GET /api/moments</c>: the span of each axis (publication times of the first and last report;
/// recording times and the last log position), every report on it, and named key moments such as a meeting.
/// </summary>
public sealed record StoryMomentsView(
    string? StoryId,
    string? Title,
    DateTimeOffset? FirstPublishedAt,
    DateTimeOffset? LastPublishedAt,
    DateTimeOffset? FirstRecordedAt,
    DateTimeOffset? LastRecordedAt,
    long LastPosition,
    IReadOnlyList<ReportMoment> Reports,
    IReadOnlyList<KeyMoment> KeyMoments);

public sealed class GetStoryMomentsHandler(IEventStore store) : IRequestHandler<GetStoryMoments, StoryMomentsView>
{
    public async Task<StoryMomentsView> Handle(GetStoryMoments request, CancellationToken cancellationToken)
    {
        var facts = await StoryFacts.LoadAsync(store, cancellationToken);
        var reports = facts
            .Select(f => f.Fact is ReportPublished r ? new ReportMoment(r.ReportId, r.Source, r.Title, r.PublishedAt, r.PublishedAtIsEstimate, f.RecordedAt, f.Position) : null)
            .OfType<ReportMoment>()
            .OrderBy(r => r.PublishedAt)
            .ThenBy(r => r.Position)
            .ToList();
        var storyId = facts.Count > 0 ? facts[0].Fact.StoryId : null;
        var manifest = ManifestOf(storyId);
        return new StoryMomentsView(
            storyId,
            manifest?.Story.Title,
            reports.Count > 0 ? reports[0].PublishedAt : null,
            reports.Count > 0 ? reports[^1].PublishedAt : null,
            facts.Count > 0 ? facts[0].RecordedAt : null,
            facts.Count > 0 ? facts[^1].RecordedAt : null,
            facts.Count > 0 ? facts[^1].Position : 0,
            reports,
            manifest?.Story.KeyMoments ?? []);
    }

    /// <summary>The bundled manifest, when it describes the stored story; key moments are optional decoration.</summary>
    private static Manifest? ManifestOf(string? storyId)
    {
        try
        {
            var manifest = SeedBundle.Locate().Manifest;
            return string.Equals(manifest.Story.Id, storyId, StringComparison.Ordinal) ? manifest : null;
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException or InvalidInputException)
        {
            return null;
        }
    }
}
