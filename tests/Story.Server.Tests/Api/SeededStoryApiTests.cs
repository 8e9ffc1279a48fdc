using System.Net;
using Story.Server.Tests.Support;
using Story.Sqlite;

namespace Story.Server.Tests.Api;

/// <summary>Reads over a server that seeded an empty SQLite file at start-up. Nothing here writes, so one server serves all.</summary>
public sealed class SeededStoryApiTests(SeededServer server) : IClassFixture<SeededServer>
{
    private readonly HttpClient _client = server.Factory.CreateClient();

    [Fact]
    public async Task Startup_EmptyStore_LoadsTheSeedStoryIntoTheSqliteFile()
    {
        // Given a server started on an empty store (the fixture)
        // When the SQLite file is opened on its own
        await using var store = await SqliteEventStore.OpenAsync(server.Factory.StorePath, new SqliteStoreOptions { CreateIfMissing = false });

        // Then it holds the seed story, and the API shows the same
        var head = await store.GetHeadPositionAsync();
        Assert.True(head > 100, $"the seed story has ~150 facts; the file holds {head}");
        var state = await _client.GetJsonAsync("/api/story");
        Assert.Equal(head, state["lastPosition"]!.GetValue<long>());
        Assert.Equal(5, state["totals"]!["reports"]!.GetValue<int>());
    }

    [Fact]
    public async Task Story_BeforeTheKyivMeeting_HasNoReceivedTheDraftClaim()
    {
        var state = await _client.GetJsonAsync($"/api/story?at={SeedStoryFacts.BeforeKyivMeeting}");

        Assert.Equal("reported", state["moment"]!["axis"]!.GetValue<string>());
        Assert.Null(StoryApi.Claim(state, SeedStoryFacts.ReceivedDraftClaim));
        Assert.Equal(1, state["totals"]!["reports"]!.GetValue<int>());
    }

    [Fact]
    public async Task Story_AfterTheKyivMeeting_HasReceivedTheDraftClaimFromSeveralReports()
    {
        var state = await _client.GetJsonAsync($"/api/story?at={SeedStoryFacts.AfterKyivMeeting}&axis=reported");

        var claim = StoryApi.Claim(state, SeedStoryFacts.ReceivedDraftClaim);
        Assert.NotNull(claim);
        Assert.True(claim["reportCount"]!.GetValue<int>() >= 3, claim.ToJsonString());
    }

    [Fact]
    public async Task Story_AtPositionZero_IsEmpty()
    {
        var state = await _client.GetJsonAsync("/api/story?position=0");

        Assert.Equal(0, state["totals"]!["claims"]!.GetValue<int>());
        Assert.Equal("recorded", state["moment"]!["axis"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("/api/story?at=2025-11-20T10:00", "at")]
    [InlineData("/api/story?at=yesterday", "at")]
    [InlineData("/api/story?axis=published", "axis")]
    [InlineData("/api/story?position=-3", "position")]
    [InlineData("/api/story/diff?from=2025-11-20T10:00Z", "to")]
    [InlineData("/api/claims/territorial-concessions?at=2025-11-20", "at")]
    public async Task Query_BadMoment_Is400NamingTheParameter(string url, string parameter)
    {
        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadJsonAsync();
        Assert.True(problem["errors"]!.AsObject().ContainsKey(parameter), problem.ToJsonString());
    }

    [Fact]
    public async Task Story_TimeWithOffsetOtherThanUtc_MeansTheSameInstant()
    {
        // 12:00 in Kyiv (UTC+2) is 10:00Z; '+' must be escaped in a query string, an unescaped one arrives as a space
        var escaped = await _client.GetJsonAsync("/api/story?at=2025-11-20T12:00%2B02:00");
        var unescaped = await _client.GetJsonAsync("/api/story?at=2025-11-20T12:00+02:00");
        var utc = await _client.GetJsonAsync($"/api/story?at={SeedStoryFacts.BeforeKyivMeeting}");

        Assert.Equal(utc["totals"]!.ToJsonString(), escaped["totals"]!.ToJsonString());
        Assert.Equal(utc["totals"]!.ToJsonString(), unescaped["totals"]!.ToJsonString());
    }

    [Fact]
    public async Task Diff_AcrossTheKyivMeeting_ListsTheReceivedTheDraftClaimAsAdded()
    {
        var diff = await _client.GetJsonAsync($"/api/story/diff?from={SeedStoryFacts.BeforeKyivMeeting}&to={SeedStoryFacts.AfterKyivMeeting}&axis=reported");

        var added = diff["changes"]!["added"]!.AsArray().Select(c => c!["claimId"]!.GetValue<string>()).ToList();
        Assert.Contains(SeedStoryFacts.ReceivedDraftClaim, added);
        Assert.NotEmpty(diff["changes"]!["newlyCorroborated"]!.AsArray());
    }

    [Fact]
    public async Task Claim_Unknown_Is404Problem()
    {
        using var response = await _client.GetAsync(new Uri("/api/claims/no-such-claim", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await response.ReadJsonAsync();
        Assert.Contains("no-such-claim", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClaimAudit_ReceivedTheDraft_GivesEachReportsQuoteMatchingItsReportText()
    {
        var audit = await _client.GetJsonAsync($"/api/claims/{SeedStoryFacts.ReceivedDraftClaim}/audit");

        var entries = audit["entries"]!.AsArray();
        Assert.True(entries.Count >= 3);
        foreach (var item in entries)
        {
            var entry = item!["entry"]!;
            var report = await _client.GetJsonAsync($"/api/reports/{entry["reportId"]!.GetValue<string>()}");
            var quote = entry["quote"]!;
            var start = quote["start"]!.GetValue<int>();
            var end = quote["end"]!.GetValue<int>();
            Assert.Equal(quote["text"]!.GetValue<string>(), report["text"]!.GetValue<string>()[start..end]);
            Assert.True(item["quoteMatchesReport"]!.GetValue<bool>());
            Assert.Matches("^[0-9a-f]{64}$", entry["hash"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task Report_Unknown_Is404Problem()
    {
        using var response = await _client.GetAsync(new Uri("/api/reports/nope", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Moments_SeedStory_SpanFirstToLastReportWithTheKyivMeeting()
    {
        var moments = await _client.GetJsonAsync("/api/moments");

        Assert.Equal(SeedStoryFacts.StoryId, moments["storyId"]!.GetValue<string>());
        var reports = moments["reports"]!.AsArray();
        Assert.Equal(5, reports.Count);
        Assert.Equal(reports[0]!["publishedAt"]!.GetValue<DateTimeOffset>(), moments["firstPublishedAt"]!.GetValue<DateTimeOffset>());
        Assert.Equal(reports[^1]!["publishedAt"]!.GetValue<DateTimeOffset>(), moments["lastPublishedAt"]!.GetValue<DateTimeOffset>());
        var kyiv = Assert.Single(moments["keyMoments"]!.AsArray());
        Assert.Equal("Kyiv meeting", kyiv!["name"]!.GetValue<string>());
        Assert.Equal(DateTimeOffset.Parse(SeedStoryFacts.BeforeKyivMeeting, System.Globalization.CultureInfo.InvariantCulture), kyiv["before"]!.GetValue<DateTimeOffset>());
    }

    [Fact]
    public async Task Verify_SeededLog_IsIntact()
    {
        var verification = await _client.GetJsonAsync("/api/verify");

        Assert.True(verification["isIntact"]!.GetValue<bool>());
        Assert.Equal(await _client.LastPositionAsync(), verification["checked"]!.GetValue<long>());
    }

    [Fact]
    public async Task Timeline_And_Sources_AtAMoment_AnswerForThatMoment()
    {
        var timeline = await _client.GetJsonAsync($"/api/timeline?at={SeedStoryFacts.BeforeKyivMeeting}");
        var sources = await _client.GetJsonAsync($"/api/sources?at={SeedStoryFacts.BeforeKyivMeeting}");

        Assert.NotEmpty(timeline["timeline"]!["dated"]!.AsArray().Concat(timeline["timeline"]!["undated"]!.AsArray()));
        var report = Assert.Single(sources["ledger"]!["reports"]!.AsArray());
        Assert.Equal(SeedStoryFacts.PreMeetingReport, report!["report"]!["reportId"]!.GetValue<string>());
    }

    [Fact]
    public async Task OpenApi_Document_DescribesTheApi()
    {
        var document = await _client.GetJsonAsync("/openapi/v1.json");

        var paths = document["paths"]!.AsObject();
        foreach (var path in new[] { "/api/facts", "/api/reports", "/api/story", "/api/story/diff", "/api/claims/{claimId}/audit", "/api/stream", "/healthz", "/readyz" })
        {
            Assert.True(paths.ContainsKey(path), $"{path} missing from the OpenAPI document");
        }
    }

    [Fact]
    public async Task Page_Root_ServesTheStoryPage()
    {
        using var response = await _client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("app.js", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

/// <summary>One seeded server shared by the read-only tests of a class.</summary>
public sealed class SeededServer : IAsyncLifetime
{
    public StoryServerFactory Factory { get; } = new();

    public Task InitializeAsync()
    {
        _ = Factory.Server; // start (and seed) before the first test
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
