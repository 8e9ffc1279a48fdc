using System.Net;
using Story.Server.Tests.Support;

namespace Story.Server.Tests.Api;

public sealed class AccessTests
{
    [Fact]
    public async Task Writes_ApiKeysSetButEmpty_AreRefusedSayingToSetThem()
    {
        await using var factory = new StoryServerFactory(("STORY_API_KEYS", ""));
        var client = factory.CreateClient();
        var before = await client.LastPositionAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/facts") { Content = StoryApi.Facts(SeedStoryFacts.OpeningCorroboration(3)) };
        request.Headers.Add("X-Api-Key", "anything");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("STORY_API_KEYS", (await response.ReadJsonAsync())["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(before, await client.LastPositionAsync());
    }

    [Fact]
    public async Task Writes_SeveralKeysConfigured_EachKeyIsAccepted()
    {
        await using var factory = new StoryServerFactory(("STORY_API_KEYS", " first-key , second-key "));
        var client = factory.CreateClient();

        foreach (var (key, length) in new[] { ("first-key", 3), ("second-key", 8) })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/facts") { Content = StoryApi.Facts(SeedStoryFacts.OpeningCorroboration(length)) };
            request.Headers.Add("X-Api-Key", key);
            using var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }
    }

    [Fact]
    public async Task Reads_ReadKeysSet_NeedAReadOrWriteKey()
    {
        await using var factory = new StoryServerFactory(("STORY_READ_KEYS", "reader-key"));
        var client = factory.CreateClient();

        using var anonymous = await client.GetAsync(new Uri("/api/story", UriKind.Relative));
        using var withReadKey = await Send(client, "/api/story", "reader-key");
        using var withWriteKey = await Send(client, "/api/claims/territorial-concessions", StoryServerFactory.WriteKey);
        using var streamAnonymous = await client.GetAsync(new Uri("/api/stream", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
        using var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withReadKey.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withWriteKey.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, streamAnonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task Reads_ReadKeyInThePagesCookie_IsAcceptedButNotForWrites()
    {
        await using var factory = new StoryServerFactory(("STORY_READ_KEYS", "reader-key"), ("STORY_API_KEYS", "writer-key"));
        var client = factory.CreateClient();

        using var read = new HttpRequestMessage(HttpMethod.Get, "/api/story");
        read.Headers.Add("Cookie", "story-read-key=reader-key");
        using var readResponse = await client.SendAsync(read);
        using var write = new HttpRequestMessage(HttpMethod.Post, "/api/facts") { Content = StoryApi.Facts(SeedStoryFacts.OpeningCorroboration(3)) };
        write.Headers.Add("Cookie", "story-read-key=writer-key");
        using var writeResponse = await client.SendAsync(write);

        Assert.Equal(HttpStatusCode.OK, readResponse.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, writeResponse.StatusCode);
    }

    [Fact]
    public async Task Access_DescribesWhatTheKeyAllows()
    {
        await using var factory = new StoryServerFactory();
        var client = factory.CreateClient();

        using var anonymous = await client.GetAsync(new Uri("/api/access", UriKind.Relative));
        using var writer = await Send(client, "/api/access", StoryServerFactory.WriteKey);

        var anonymousView = await anonymous.ReadJsonAsync();
        var writerView = await writer.ReadJsonAsync();
        Assert.True(anonymousView["canRead"]!.GetValue<bool>());
        Assert.False(anonymousView["canWrite"]!.GetValue<bool>());
        Assert.True(writerView["canWrite"]!.GetValue<bool>());
    }

    private static Task<HttpResponseMessage> Send(HttpClient client, string url, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("X-Api-Key", key);
        return client.SendAsync(request);
    }
}
