using System.Text.Json;
using Story.Tests.Support;

namespace Story.Tests.Ingest;

/// <summary>
/// The issue's "done when": the five seed reports ingested raw (no curated claims) into an empty store give the
/// territorial-concessions claim and the limits-on-the-armed-forces claim, each carried by at least four reports,
/// every quote exact. Claim ids are generated, so the claims are found by what their quotes say.
/// </summary>
public sealed class IngestSeedManifestCliTests : IClassFixture<IngestSeedManifestCliTests.IngestedSeeds>
{
    private const string AfterMeeting = "2025-11-21T23:59Z";
    private readonly IngestedSeeds _seeds;

    public IngestSeedManifestCliTests(IngestedSeeds seeds) => _seeds = seeds;

    public sealed class IngestedSeeds : IAsyncLifetime
    {
        public TempFolder Folder { get; } = new();

        public CliResult Ingest { get; private set; } = null!;

        public async Task InitializeAsync() =>
            Ingest = await StoryProcess.RunAsync(Folder.Path, "ingest", "--manifest", Path.Combine(SeedFiles.Folder, "manifest.json"), "--json");

        public Task DisposeAsync()
        {
            Folder.Dispose();
            return Task.CompletedTask;
        }
    }

    private async Task<JsonElement> JsonAsync(params string[] args)
    {
        var result = await StoryProcess.RunAsync(_seeds.Folder.Path, [.. args, "--json"]);
        Assert.True(result.ExitCode == 0, result.ToString());
        return JsonDocument.Parse(result.Stdout).RootElement.Clone();
    }

    private async Task<List<JsonElement>> QuotesOfAsync(JsonElement claim)
    {
        var audit = await JsonAsync("audit", claim.GetProperty("claimId").GetString()!, "--at", AfterMeeting);
        return audit.GetProperty("entries").EnumerateArray().Where(e => e.GetProperty("entry").TryGetProperty("quote", out _)).ToList();
    }

    private async Task AssertCarriedByFourReportsWithExactQuotesAsync(Func<string, bool> about)
    {
        var state = await JsonAsync("state", "--at", AfterMeeting);
        var candidates = new List<(JsonElement Claim, List<JsonElement> Quotes)>();
        foreach (var claim in state.GetProperty("claims").EnumerateArray())
        {
            var quotes = await QuotesOfAsync(claim);
            if (quotes.Any(q => about(q.GetProperty("entry").GetProperty("quote").GetProperty("text").GetString()!.ToLowerInvariant())))
            {
                candidates.Add((claim, quotes));
            }
        }

        var best = candidates.OrderByDescending(c => c.Claim.GetProperty("reportCount").GetInt32()).First();
        Assert.True(best.Claim.GetProperty("reportCount").GetInt32() >= 4, $"{best.Claim.GetProperty("claimId")} is carried by {best.Claim.GetProperty("reportCount")} reports");
        Assert.Equal(best.Claim.GetProperty("reportCount").GetInt32(), best.Quotes.Select(q => q.GetProperty("entry").GetProperty("reportId").GetString()).Distinct().Count());
        Assert.All(best.Quotes, q => Assert.True(q.GetProperty("quoteMatchesReport").GetBoolean(), q.ToString()));
    }

    [Fact]
    public void IngestManifest_IntoAnEmptyStore_IngestsTheFiveReportsInPublicationOrder()
    {
        Assert.True(_seeds.Ingest.ExitCode == 0, _seeds.Ingest.ToString());
        var results = JsonDocument.Parse(_seeds.Ingest.Stdout).RootElement.EnumerateArray().ToList();
        Assert.Equal(5, results.Count);
        Assert.All(results, r => Assert.False(r.GetProperty("alreadyIngested").GetBoolean()));
        Assert.Equal(0, results[0].GetProperty("totals").GetProperty("corroborations").GetInt32());
        Assert.True(results.Skip(1).Sum(r => r.GetProperty("totals").GetProperty("corroborations").GetInt32()) > 0);
    }

    [Fact]
    public async Task StateAfterTheMeeting_TerritorialConcessionsClaim_CarriedByAtLeastFourReportsEveryQuoteExact() =>
        await AssertCarriedByFourReportsWithExactQuotesAsync(q => q.Contains("territor", StringComparison.Ordinal)
            && (q.Contains("concession", StringComparison.Ordinal) || q.Contains("surrender", StringComparison.Ordinal) || q.Contains("cede", StringComparison.Ordinal)));

    [Fact]
    public async Task StateAfterTheMeeting_ArmedForcesLimitsClaim_CarriedByAtLeastFourReportsEveryQuoteExact() =>
        await AssertCarriedByFourReportsWithExactQuotesAsync(q => q.Contains("armed forces", StringComparison.Ordinal) || q.Contains("military", StringComparison.Ordinal));

    [Fact]
    public async Task IngestManifest_Again_AppendsNothing()
    {
        var head = (await JsonAsync("verify")).GetProperty("checked").GetInt64();

        var again = await StoryProcess.RunAsync(_seeds.Folder.Path, "ingest", "--manifest", Path.Combine(SeedFiles.Folder, "manifest.json"), "--json");

        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.All(JsonDocument.Parse(again.Stdout).RootElement.EnumerateArray(), r => Assert.True(r.GetProperty("alreadyIngested").GetBoolean()));
        Assert.Equal(head, (await JsonAsync("verify")).GetProperty("checked").GetInt64());
    }
}
