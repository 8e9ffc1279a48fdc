using System.Globalization;
using System.Text.Json;
using Story.Entities;
using Story.Extraction;
using Story.Extraction.Linking;
using Story.Facts;

namespace Story.Tests.Extraction;

/// <summary>
/// Runs the ingestor over the five seed reports in publication order, each seeing the claims of the ones before.
/// Only sanity is asserted (these are not tuned counts): nothing throws, every quote is exact, each report yields
/// claims, and the reports agree on something.
/// </summary>
public class SeedReportsTests
{
    private static List<RawReport> SeedsInPublicationOrder()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(Reports.SeedDirectory, "manifest.json")));
        return manifest.RootElement.GetProperty("reports").EnumerateArray()
            .Select(r => new RawReport(
                File.ReadAllText(Path.Combine(Reports.SeedDirectory, r.GetProperty("file").GetString()!)),
                r.GetProperty("source").GetString()!,
                DateTimeOffset.Parse(r.GetProperty("publishedAt").GetString()!, CultureInfo.InvariantCulture),
                r.GetProperty("publishedAtIsEstimate").GetBoolean()))
            .OrderBy(r => r.PublishedAt)
            .ToList();
    }

    [Fact]
    public void Plan_SeedReportsInPublicationOrder_ProduceSaneLinkedPlans()
    {
        // Given the seeds, and one ingestor (its gazetteer grows) for the whole story
        var seeds = SeedsInPublicationOrder();
        Assert.Equal(5, seeds.Count);
        var ingestor = new ReportIngestor(Gazetteer.CreateDefault());
        var facts = new List<Fact>();
        var corroborations = 0;

        foreach (var seed in seeds)
        {
            // When each is planned against the claims of the reports before it
            var plan = ingestor.Plan(seed, "seed-story", KnownClaimsProjection.From(facts));
            facts.AddRange(plan.Facts);

            // Then every quote is exact and every report yields claims
            Assert.True(plan.Decisions.Count + plan.Repeats.Count >= 5, $"{plan.Report.ReportId}: only {plan.Decisions.Count} candidates");
            Assert.All(plan.Decisions.Concat(plan.Repeats), d => Assert.True(d.Candidate.Quote.Matches(seed.Text), d.Candidate.Quote.Text));
            Assert.All(plan.Facts.Skip(1), f => Assert.True(QuoteOf(f).Matches(seed.Text)));
            Assert.All(plan.Decisions, d => Assert.False(string.IsNullOrWhiteSpace(d.Candidate.Statement)));
            corroborations += plan.Decisions.Count(d => d.Kind == LinkDecisionKind.Corroboration);
        }

        // And later reports corroborate earlier ones
        Assert.True(corroborations >= 1, "no report corroborated another");
        Assert.Equal(facts.OfType<ClaimCorroborated>().Count(), corroborations);
    }

    private static QuoteSpan QuoteOf(Fact fact) => fact switch
    {
        ClaimReported r => r.Quote,
        ClaimCorroborated c => c.Quote,
        ClaimDisputed d => d.Quote,
        _ => throw new InvalidOperationException(fact.GetType().Name),
    };
}
