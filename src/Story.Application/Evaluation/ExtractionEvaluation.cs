using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Story.Application.Ingesting;
using Story.Application.Querying;
using Story.Application.Seeding;
using Story.Application.Stores;
using Story.Extraction;
using Story.Facts;

namespace Story.Application.Evaluation;

/// <summary>
/// Measures extraction and linking on a seed folder: its reports are ingested raw, in publication order, into an
/// empty temporary SQLite store through <see cref="IngestReport"/> (the path <c>story ingest</c> takes), its curated
/// facts are seeded into a second one, and the two are scored by <see cref="ExtractionScorer"/>.
/// </summary>
public static class ExtractionEvaluation
{
    public static async Task<ExtractionEvaluationResult> RunAsync(SeedBundle bundle, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        var extractedDb = TempDatabase();
        var curatedDb = TempDatabase();
        try
        {
            var reportKeys = new Dictionary<string, string>(StringComparer.Ordinal);
            var texts = new Dictionary<string, string>(StringComparer.Ordinal);
            List<Fact> extracted;
            await using (var store = await StoreOpener.OpenAsync(StoreLocation.Resolve("sqlite:" + extractedDb), cancellationToken: cancellationToken))
            {
                var mediator = Mediator(store, out var services);
                await using (services)
                {
                    foreach (var entry in bundle.Manifest.Reports.OrderBy(r => r.PublishedAt))
                    {
                        var text = bundle.ReadReportText(entry);
                        var report = new RawReport(text, entry.Source, entry.PublishedAt, entry.PublishedAtIsEstimate, entry.Title, entry.Url);
                        var result = await mediator.Send(new IngestReport(report, bundle.Manifest.Story.Id, DryRun: false, entry.File, "story eval-extraction"), cancellationToken);
                        reportKeys[result.ReportId] = entry.ReportId;
                        texts[entry.ReportId] = text;
                    }

                    extracted = (await StoryFacts.LoadAsync(store, cancellationToken)).Select(f => WithReportKey(f.Fact, reportKeys)).ToList();
                }
            }

            List<Fact> curated;
            await using (var store = await StoreOpener.OpenAsync(StoreLocation.Resolve("sqlite:" + curatedDb), cancellationToken: cancellationToken))
            {
                var mediator = Mediator(store, out var services);
                await using (services)
                {
                    await mediator.Send(new SeedStory(bundle.Folder), cancellationToken);
                    curated = (await StoryFacts.LoadAsync(store, cancellationToken)).Select(f => f.Fact).ToList();
                }
            }

            return new ExtractionEvaluationResult(bundle.Folder, bundle.Manifest.Reports.Count, ExtractionScorer.Score(curated, extracted, texts));
        }
        finally
        {
            Delete(extractedDb);
            Delete(curatedDb);
        }
    }

    private static IMediator Mediator(Story.Store.IEventStore store, out ServiceProvider services)
    {
        services = new ServiceCollection().AddStoryApplication(store).BuildServiceProvider();
        return services.GetRequiredService<IMediator>();
    }

    // Extracted reports are named by content ("r-…"); the answer key names them by file.
    private static Fact WithReportKey(Fact fact, Dictionary<string, string> keys) => fact switch
    {
        ClaimReported r => r with { ReportId = keys.GetValueOrDefault(r.ReportId, r.ReportId) },
        ClaimCorroborated c => c with { ReportId = keys.GetValueOrDefault(c.ReportId, c.ReportId) },
        ClaimDisputed d => d with { ReportId = keys.GetValueOrDefault(d.ReportId, d.ReportId) },
        _ => fact,
    };

    private static string TempDatabase() => Path.Combine(Path.GetTempPath(), $"story-eval-{Guid.NewGuid():N}.db");

    private static void Delete(string database)
    {
        foreach (var path in new[] { database, database + "-wal", database + "-shm" })
        {
            try
            {
                File.Delete(path);
            }
            catch (IOException)
            {
                // The OS temp cleaner gets it.
            }
        }
    }
}

/// <summary>The JSON shape of <c>story eval-extraction --json</c>.</summary>
public sealed record ExtractionEvaluationResult(string Folder, int Reports, ExtractionScore Score);
