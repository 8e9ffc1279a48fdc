using Story.Facts;
using Story.Store;

namespace Story.Application.Appending;

/// <summary>What a batch is checked against: the story's reports, claims and stored event ids, and its stream version.</summary>
public sealed class StoryContext
{
    private readonly Dictionary<string, ReportPublished> _reports = new(StringComparer.Ordinal);
    private readonly HashSet<string> _claims = new(StringComparer.Ordinal);
    private readonly HashSet<Guid> _eventIds = [];

    public long Version { get; private set; }

    public IReadOnlyDictionary<string, ReportPublished> Reports => _reports;

    public static async Task<StoryContext> LoadAsync(IEventReader reader, string storyId, CancellationToken cancellationToken)
    {
        var context = new StoryContext();
        await foreach (var e in reader.ReadStreamAsync(StoryStreams.For(storyId), 1, cancellationToken))
        {
            context.Add(FactJson.Deserialize(e.EventType, e.Data), e.EventId);
            context.Version = e.StreamVersion;
        }

        return context;
    }

    public bool HasClaim(string claimId) => _claims.Contains(claimId);

    public bool HasEvent(Guid eventId) => _eventIds.Contains(eventId);

    public ReportPublished? FindReport(string reportId) => _reports.GetValueOrDefault(reportId);

    public void Add(Fact fact, Guid eventId)
    {
        _eventIds.Add(eventId);
        switch (fact)
        {
            case ReportPublished report:
                _reports[report.ReportId] = report;
                break;
            case ClaimReported claim:
                _claims.Add(claim.ClaimId);
                break;
        }
    }
}
