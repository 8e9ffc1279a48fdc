using System.Text.Json.Nodes;
using MediatR;
using Story.Application.Appending;
using Story.Entities;
using Story.Extraction;
using Story.Extraction.Linking;
using Story.Facts;
using Story.Store;

namespace Story.Application.Ingesting;

/// <summary>
/// Loads the story, plans the report against the claims it holds, and appends the plan through
/// <see cref="AppendFacts"/>, which checks every quote against the report text once more. The plan is made against
/// one stream version and appended at exactly that version, so two reports ingested at once cannot both miss each
/// other's claims: the second is planned again.
/// </summary>
public sealed class IngestReportHandler(IEventStore store, IMediator mediator) : IRequestHandler<IngestReport, IngestReportResult>
{
    private const int Attempts = 3;

    public async Task<IngestReportResult> Handle(IngestReport request, CancellationToken cancellationToken)
    {
        var storyId = request.StoryId ?? await StoryIds.OnlyStoryAsync(store, "storyId", cancellationToken);
        var contentHash = ContentHash.Of(request.Report.Text);
        for (var attempt = 1; ; attempt++)
        {
            var (facts, version) = await LoadAsync(storyId, cancellationToken);
            if (facts.OfType<ReportPublished>().FirstOrDefault(r => r.ContentHash == contentHash) is { } stored)
            {
                return new IngestReportResult(storyId, stored.ReportId, contentHash, AlreadyIngested: true, request.DryRun, new IngestTotals(0, 0, 0, 0), [], [], null);
            }

            var plan = Plan(request.Report, storyId, facts);
            var decisions = plan.Decisions.Select(d => DecisionView.Of(d)).ToList();
            var repeats = plan.Repeats.Select(d => DecisionView.Of(d, repeat: true)).ToList();
            var totals = IngestTotals.Of(decisions, repeats.Count);
            if (request.DryRun)
            {
                return new IngestReportResult(storyId, plan.Report.ReportId, contentHash, AlreadyIngested: false, DryRun: true, totals, decisions, repeats, null);
            }

            var metadata = new EventMetadata(
                CorrelationId: "ingest:" + plan.Report.ReportId,
                Actor: request.Actor ?? "story ingest",
                Properties: new Dictionary<string, string> { [EvidenceKeys.ContentHash] = contentHash });
            try
            {
                var appended = await mediator.Send(new AppendFacts(Inputs(plan, decisions, request.Origin), ExpectedVersion.Exact(version), metadata), cancellationToken);
                return new IngestReportResult(storyId, plan.Report.ReportId, contentHash, AlreadyIngested: false, DryRun: false, totals, decisions, repeats, appended);
            }
            catch (WrongExpectedVersionException) when (attempt < Attempts)
            {
                // Another writer added to the story since we read it: plan again against what they wrote.
            }
        }
    }

    private async Task<(List<Fact> Facts, long Version)> LoadAsync(string storyId, CancellationToken cancellationToken)
    {
        var facts = new List<Fact>();
        long version = 0;
        await foreach (var e in store.ReadStreamAsync(StoryStreams.For(storyId), 1, cancellationToken))
        {
            facts.Add(FactJson.Deserialize(e.EventType, e.Data));
            version = e.StreamVersion;
        }

        return (facts, version);
    }

    // A fresh gazetteer per report, taught the names the story's earlier reports introduced: the application's
    // shared gazetteer (used to canonicalise appended entities) must not change with what one report says.
    private static IngestionPlan Plan(RawReport report, string storyId, List<Fact> facts)
    {
        var ingestor = new ReportIngestor(Gazetteer.CreateDefault());
        foreach (var earlier in facts.OfType<ReportPublished>().OrderBy(r => r.PublishedAt))
        {
            ingestor.Remember(earlier.Text);
        }

        return ingestor.Plan(report, storyId, KnownClaimsProjection.From(facts));
    }

    private static List<FactInput> Inputs(IngestionPlan plan, List<DecisionView> decisions, string origin)
    {
        var inputs = new List<FactInput> { Input(plan.Facts[0], origin, null) };
        for (var i = 0; i < decisions.Count; i++)
        {
            inputs.Add(Input(plan.Facts[i + 1], $"{origin} claim {i + 1}", decisions[i].ToProperties()));
        }

        return inputs;
    }

    private static FactInput Input(Fact fact, string origin, IReadOnlyDictionary<string, string>? properties) =>
        new(origin, FactTypes.NameOf(fact), JsonNode.Parse(FactJson.Serialize(fact))!.AsObject(), null, properties);
}
