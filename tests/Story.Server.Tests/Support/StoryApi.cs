using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Story.Server.Tests.Support;

/// <summary>Small helpers to speak the API's JSON.</summary>
public static class StoryApi
{
    public static StringContent Json(string json) => new(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));

    /// <summary>A POST /api/facts body holding the given fact objects (JSON text each).</summary>
    public static StringContent Facts(params string[] facts) => Json($$"""{"facts":[{{string.Join(",", facts)}}]}""");

    public static async Task<JsonNode> ReadJsonAsync(this HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var text = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(text) ?? throw new JsonException("null body");
    }

    public static async Task<JsonNode> GetJsonAsync(this HttpClient client, string url)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.True(response.IsSuccessStatusCode, $"GET {url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.ReadJsonAsync();
    }

    /// <summary>The last log position the server's store holds.</summary>
    public static async Task<long> LastPositionAsync(this HttpClient client) =>
        (await client.GetJsonAsync("/api/story"))["lastPosition"]!.GetValue<long>();

    public static JsonObject? Claim(JsonNode state, string claimId) =>
        state["claims"]!.AsArray().OfType<JsonObject>().FirstOrDefault(c => c["claimId"]!.GetValue<string>() == claimId);
}
