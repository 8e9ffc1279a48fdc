using System.Net;
using System.Text.Json.Nodes;
using Story.Server.Tests.Support;

namespace Story.Server.Tests.Streaming;

/// <summary>/api/stream over the in-memory host, read with ResponseHeadersRead so each event arrives as it is flushed.</summary>
public sealed class FactStreamTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private readonly StoryServerFactory _factory = new();
    private HttpClient _client = null!;
    private HttpClient _writer = null!;

    public Task InitializeAsync()
    {
        _client = _factory.CreateClient();
        _writer = _factory.CreateWriter();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Stream_ConnectedClient_ReceivesAFactPostedAfterwards()
    {
        // Given a client following new facts
        await using var stream = await SseClient.ConnectAsync(_client, "/api/stream");
        Assert.Equal(HttpStatusCode.OK, stream.Response.StatusCode);
        Assert.Equal("text/event-stream", stream.Response.Content.Headers.ContentType?.MediaType);
        var greeting = await stream.NextAsync(Patience);
        Assert.Contains(greeting.Comments, c => c.StartsWith("following facts after position", StringComparison.Ordinal));

        // When a fact is posted
        var positions = await PostAsync(SeedStoryFacts.OpeningCorroboration(3));

        // Then it arrives as one event: the position as id, the type as event name, the fact view as data
        var received = await stream.NextFactAsync(Patience);
        Assert.Equal(positions[0].ToString(System.Globalization.CultureInfo.InvariantCulture), received.Id);
        Assert.Equal("claim-corroborated", received.Event);
        Assert.DoesNotContain('\n', received.Data);
        var view = JsonNode.Parse(received.Data)!;
        Assert.Equal(positions[0], view["position"]!.GetValue<long>());
        Assert.Equal(SeedStoryFacts.RussiaHoldsFifthClaim, view["data"]!["claimId"]!.GetValue<string>());
        Assert.Matches("^[0-9a-f]{64}$", view["hash"]!.GetValue<string>());
    }

    [Fact]
    public async Task Stream_ReconnectWithLastEventId_ReceivesExactlyTheMissedFactsInOrder()
    {
        // Given a client that saw one fact and then lost its connection
        string lastSeen;
        await using (var first = await SseClient.ConnectAsync(_client, "/api/stream"))
        {
            await first.NextAsync(Patience);
            await PostAsync(SeedStoryFacts.OpeningCorroboration(3));
            lastSeen = (await first.NextFactAsync(Patience)).Id!;
        }

        // When three more facts are posted while it is away, and it reconnects with Last-Event-ID
        var missed = new List<long>();
        foreach (var length in new[] { 8, 10, 17 })
        {
            missed.AddRange(await PostAsync(SeedStoryFacts.OpeningCorroboration(length)));
        }

        await using var again = await SseClient.ConnectAsync(_client, "/api/stream", lastEventId: lastSeen);

        // Then it receives exactly those three, in order, and nothing else until something new is posted
        var received = new List<long>();
        for (var i = 0; i < 3; i++)
        {
            received.Add(long.Parse((await again.NextFactAsync(Patience)).Id!, System.Globalization.CultureInfo.InvariantCulture));
        }

        Assert.Equal(missed, received);
        var next = await PostAsync(SeedStoryFacts.OpeningCorroboration(21));
        Assert.Equal(next[0].ToString(System.Globalization.CultureInfo.InvariantCulture), (await again.NextFactAsync(Patience)).Id);
    }

    [Fact]
    public async Task Stream_FromZeroWithTypeFilter_ReplaysOnlyThatTypeFromTheStart()
    {
        await using var stream = await SseClient.ConnectAsync(_client, "/api/stream?from=0&type=report-published");

        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            var report = await stream.NextFactAsync(Patience);
            Assert.Equal("report-published", report.Event);
            ids.Add(report.Id!);
        }

        Assert.Equal(ids.OrderBy(long.Parse), ids);
        Assert.Equal("1", ids[0]);
    }

    [Fact]
    public async Task Stream_ClaimFilter_SkipsFactsAboutOtherClaims()
    {
        await using var stream = await SseClient.ConnectAsync(_client, $"/api/stream?claim={SeedStoryFacts.RussiaHoldsFifthClaim}");
        await stream.NextAsync(Patience);

        var otherClaim = SeedStoryFacts.OpeningCorroboration(3).Replace(SeedStoryFacts.RussiaHoldsFifthClaim, "territorial-concessions", StringComparison.Ordinal);
        await PostAsync(otherClaim);
        var wanted = await PostAsync(SeedStoryFacts.OpeningCorroboration(8));

        Assert.Equal(wanted[0].ToString(System.Globalization.CultureInfo.InvariantCulture), (await stream.NextFactAsync(Patience)).Id);
    }

    [Fact]
    public async Task Stream_Idle_SendsKeepAliveComments()
    {
        // The test server's heartbeat is half a second
        await using var stream = await SseClient.ConnectAsync(_client, "/api/stream");
        await stream.NextAsync(Patience);

        var heartbeat = await stream.NextAsync(Patience);

        Assert.Null(heartbeat.Id);
        Assert.Equal(["keep-alive"], heartbeat.Comments);
    }

    [Theory]
    [InlineData("/api/stream?from=last", "from")]
    [InlineData("/api/stream?type=claim-whispered", "type")]
    public async Task Stream_BadParameter_Is400NamingIt(string url, string parameter)
    {
        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadJsonAsync())["errors"]!.AsObject().ContainsKey(parameter));
    }

    private async Task<IReadOnlyList<long>> PostAsync(string fact)
    {
        using var response = await _writer.PostAsync(new Uri("/api/facts", UriKind.Relative), StoryApi.Facts(fact));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.ReadJsonAsync())["positions"]!.AsArray().Select(p => p!.GetValue<long>()).ToList();
    }
}
