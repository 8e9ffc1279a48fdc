using System.Net;
using System.Text.Json.Nodes;
using Story.Server.Tests.Support;

namespace Story.Server.Tests.Api;

/// <summary>Writes: each test gets its own freshly seeded server, so what one appends no other sees.</summary>
public sealed class AppendApiTests : IAsyncLifetime
{
    private readonly StoryServerFactory _factory = new();
    private HttpClient _reader = null!;
    private HttpClient _writer = null!;

    public Task InitializeAsync()
    {
        _reader = _factory.CreateClient();
        _writer = _factory.CreateWriter();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task PostFacts_WithoutKey_Is401AndAppendsNothing()
    {
        var before = await _reader.LastPositionAsync();

        using var response = await _reader.PostAsync(new Uri("/api/facts", UriKind.Relative), StoryApi.Facts(SeedStoryFacts.OpeningCorroboration(3)));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var problem = await response.ReadJsonAsync();
        Assert.Contains("X-Api-Key", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(before, await _reader.LastPositionAsync());
    }

    [Theory]
    [InlineData("X-Api-Key", "not-the-key")]
    [InlineData("Authorization", "Bearer not-the-key")]
    [InlineData("Authorization", "Basic dGVzdA==")]
    public async Task PostFacts_WrongKey_Is401AndAppendsNothing(string header, string value)
    {
        var before = await _reader.LastPositionAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/facts") { Content = StoryApi.Facts(SeedStoryFacts.OpeningCorroboration(3)) };
        request.Headers.TryAddWithoutValidation(header, value);

        using var response = await _reader.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(before, await _reader.LastPositionAsync());
    }

    [Fact]
    public async Task PostFacts_BearerKey_Is201AndTheFactIsInTheClaimsAudit()
    {
        var before = await _reader.LastPositionAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/facts") { Content = StoryApi.Facts(SeedStoryFacts.OpeningCorroboration(17)) };
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + StoryServerFactory.WriteKey);

        using var response = await _reader.SendAsync(request);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var result = await response.ReadJsonAsync();
        Assert.Equal(1, result["appended"]!.GetValue<int>());
        Assert.Equal(before + 1, Assert.Single(result["positions"]!.AsArray())!.GetValue<long>());
        var audit = await _reader.GetJsonAsync($"/api/claims/{SeedStoryFacts.RussiaHoldsFifthClaim}/audit");
        var entry = audit["entries"]!.AsArray().Single(e => e!["entry"]!["position"]!.GetValue<long>() == before + 1);
        Assert.Equal("api", entry!["entry"]!["actor"]!.GetValue<string>());
    }

    [Fact]
    public async Task PostFacts_OneBadQuoteInABatch_Is400NamingThatFieldAndAppendsNothing()
    {
        var before = await _reader.LastPositionAsync();
        var wrongText = SeedStoryFacts.OpeningCorroboration(10).Replace("The United", "The Unified", StringComparison.Ordinal);

        using var response = await _writer.PostAsync(
            new Uri("/api/facts", UriKind.Relative),
            StoryApi.Facts(SeedStoryFacts.OpeningCorroboration(3), SeedStoryFacts.OpeningCorroboration(8), wrongText));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadJsonAsync();
        var errors = problem["errors"]!.AsObject();
        Assert.Equal(["facts[2].quote.text"], errors.Select(e => e.Key));
        Assert.Contains("does not match", errors["facts[2].quote.text"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(before, await _reader.LastPositionAsync());
    }

    [Theory]
    [InlineData("""{"facts":[{"type":"claim-sighted"}]}""", "facts[0].type")]
    [InlineData("""{"facts":[42]}""", "facts[0]")]
    [InlineData("""{"facts":[]}""", "facts")]
    [InlineData("""{"fact":[]}""", "facts")]
    [InlineData("""{"facts":[{"type":"report-published","reportId":"r1","storyId":"s","source":"x","publishedAt":"2025-11-20T10:00","text":"t"}]}""", "facts[0].publishedAt")]
    [InlineData("""{"expectedVersion":"sometime","facts":[]}""", "expectedVersion")]
    [InlineData("""{"facts":[""", "body")]
    [InlineData("", "body")]
    public async Task PostFacts_MalformedBody_Is400NamingTheFieldAndAppendsNothing(string body, string field)
    {
        var before = await _reader.LastPositionAsync();

        using var response = await _writer.PostAsync(new Uri("/api/facts", UriKind.Relative), StoryApi.Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadJsonAsync();
        Assert.True(problem["errors"]!.AsObject().ContainsKey(field), problem.ToJsonString());
        Assert.Equal(before, await _reader.LastPositionAsync());
    }

    [Fact]
    public async Task PostFacts_WrongExpectedVersion_Is409NamingStreamAndVersionsAndAppendsNothing()
    {
        var before = await _reader.LastPositionAsync();
        var body = $$"""{"expectedVersion":3,"facts":[{{SeedStoryFacts.OpeningCorroboration(21)}}]}""";

        using var response = await _writer.PostAsync(new Uri("/api/facts", UriKind.Relative), StoryApi.Json(body));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.ReadJsonAsync();
        Assert.Equal("story-" + SeedStoryFacts.StoryId, problem["streamId"]!.GetValue<string>());
        Assert.Equal("3", problem["expectedVersion"]!.GetValue<string>());
        Assert.Equal(before, problem["actualVersion"]!.GetValue<long>()); // one story: its stream holds the whole log
        Assert.Equal(before, await _reader.LastPositionAsync());
    }

    [Fact]
    public async Task PostFacts_RightExpectedVersion_Appends()
    {
        var version = await _reader.LastPositionAsync();
        var body = $$"""{"expectedVersion":{{version}},"facts":[{{SeedStoryFacts.OpeningCorroboration(21)}}]}""";

        using var response = await _writer.PostAsync(new Uri("/api/facts", UriKind.Relative), StoryApi.Json(body));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(version + 1, (await response.ReadJsonAsync())["streamVersion"]!.GetValue<long>());
    }

    [Fact]
    public async Task PostFacts_SameBatchTwice_SecondAppendsNothingAndReturnsTheOriginalPositions()
    {
        var batch = StoryApi.Facts(SeedStoryFacts.OpeningCorroboration(8), SeedStoryFacts.OpeningCorroboration(10));
        using var first = await _writer.PostAsync(new Uri("/api/facts", UriKind.Relative), batch);
        var firstResult = await first.ReadJsonAsync();
        var head = await _reader.LastPositionAsync();

        using var again = await _writer.PostAsync(new Uri("/api/facts", UriKind.Relative), StoryApi.Facts(SeedStoryFacts.OpeningCorroboration(8), SeedStoryFacts.OpeningCorroboration(10)));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var againResult = await again.ReadJsonAsync();
        Assert.Equal(0, againResult["appended"]!.GetValue<int>());
        Assert.Equal(2, againResult["alreadyStored"]!.GetValue<int>());
        Assert.Equal(firstResult["positions"]!.ToJsonString(), againResult["positions"]!.ToJsonString());
        Assert.Equal(head, await _reader.LastPositionAsync());
    }

    [Fact]
    public async Task PostFacts_SameEventIdWithOtherContent_IsNotStoredTwice()
    {
        var id = Guid.NewGuid();
        string WithId(int length) => SeedStoryFacts.OpeningCorroboration(length).Replace("{\"type\"", $"{{\"eventId\":\"{id}\",\"type\"", StringComparison.Ordinal);
        using var first = await _writer.PostAsync(new Uri("/api/facts", UriKind.Relative), StoryApi.Facts(WithId(8)));
        var head = await _reader.LastPositionAsync();

        using var retry = await _writer.PostAsync(new Uri("/api/facts", UriKind.Relative), StoryApi.Facts(WithId(10)));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(head, await _reader.LastPositionAsync());
    }

    [Fact]
    public async Task PostReport_WithClaims_AppendsTheReportAndItsClaimsAsOneBatch()
    {
        var text = "Officials in Kyiv said the talks would resume on Monday. Washington declined to comment.";
        var body = new JsonObject
        {
            ["report"] = new JsonObject
            {
                ["reportId"] = "later-wire-report",
                ["storyId"] = SeedStoryFacts.StoryId,
                ["source"] = "wire report",
                ["publishedAt"] = "2025-11-22T09:00:00Z",
                ["text"] = text,
            },
            ["claims"] = new JsonArray(new JsonObject
            {
                ["type"] = "claim-reported",
                ["claimId"] = "talks-resume-monday",
                ["statement"] = "Talks will resume on Monday.",
                ["entities"] = new JsonArray("Kyiv"),
                ["attribution"] = "officials in Kyiv",
                ["hedging"] = "attributed",
                ["quote"] = new JsonObject { ["start"] = 0, ["end"] = 55, ["text"] = text[..55] },
            }),
        };

        using var response = await _writer.PostAsync(new Uri("/api/reports", UriKind.Relative), StoryApi.Json(body.ToJsonString()));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(2, (await response.ReadJsonAsync())["appended"]!.GetValue<int>());
        var claim = await _reader.GetJsonAsync("/api/claims/talks-resume-monday");
        Assert.Equal("later-wire-report", claim["claim"]!["firstReportId"]!.GetValue<string>());
        var report = await _reader.GetJsonAsync("/api/reports/later-wire-report");
        Assert.Equal(text, report["text"]!.GetValue<string>());
        Assert.False(report["publishedAtIsEstimate"]!.GetValue<bool>());
    }

    [Fact]
    public async Task PostReport_ClaimWithBadQuote_Is400NamingClaimFieldAndAppendsNothing()
    {
        var before = await _reader.LastPositionAsync();
        var body = $$$"""
            {"report":{"reportId":"r-bad","storyId":"{{{SeedStoryFacts.StoryId}}}","source":"s","publishedAt":"2025-11-22T09:00:00Z","text":"Short text."},
             "claims":[{"type":"claim-reported","claimId":"c-bad","statement":"x","entities":[],"attribution":"a","hedging":"asserted","quote":{"start":0,"end":40,"text":"Short text. And more"}}]}
            """;

        using var response = await _writer.PostAsync(new Uri("/api/reports", UriKind.Relative), StoryApi.Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadJsonAsync();
        Assert.True(problem["errors"]!.AsObject().ContainsKey("claims[0].quote"), problem.ToJsonString());
        Assert.Equal(before, await _reader.LastPositionAsync());
    }

    [Fact]
    public async Task PostFacts_BodyOverTheLimit_Is413AndAppendsNothing()
    {
        var before = await _reader.LastPositionAsync();
        var padding = new string(' ', 6 * 1024 * 1024);

        using var response = await _writer.PostAsync(new Uri("/api/facts", UriKind.Relative), StoryApi.Json("{\"facts\":[" + SeedStoryFacts.OpeningCorroboration(3) + "]}" + padding));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(before, await _reader.LastPositionAsync());
    }
}
