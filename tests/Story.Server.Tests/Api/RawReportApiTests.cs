using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Story.Server.Tests.Support;

namespace Story.Server.Tests.Api;

/// <summary>POST /api/reports/raw: a report's text in, the report and its linked claims appended.</summary>
public sealed class RawReportApiTests : IAsyncLifetime
{
    private const string Report =
        "Ukraine weighs U.S. plan as fighting continues\n"
        + "Russian forces control about 19% of Ukraine's territory, according to military analysts. "
        + "President Volodymyr Zelensky said on Saturday that Ukraine would not accept any deal that forced it to give up territory. "
        + "European officials said the U.S. draft would require Kyiv to cede land in the east and cut the size of its armed forces. "
        + "The Kremlin said it had not received any formal proposal from Washington.";

    private const string Query = "?source=test%20wire&publishedAt=2025-11-22T15:00:00Z";
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

    private static StringContent PlainText(string text) => new(text, Encoding.UTF8, new MediaTypeHeaderValue("text/plain"));

    [Fact]
    public async Task PostRawText_NewReport_AppendsTheReportAndLinksItsClaimsWithExactQuotes()
    {
        var before = await _reader.LastPositionAsync();

        using var response = await _writer.PostAsync(new Uri("/api/reports/raw" + Query, UriKind.Relative), PlainText(Report));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var result = await response.ReadJsonAsync();
        Assert.False(result["alreadyIngested"]!.GetValue<bool>());
        var decisions = result["decisions"]!.AsArray();
        Assert.NotEmpty(decisions);
        Assert.True(await _reader.LastPositionAsync() > before);

        var reportId = result["reportId"]!.GetValue<string>();
        var stored = await _reader.GetJsonAsync($"/api/reports/{reportId}");
        Assert.Contains("19%", stored.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostRawText_SameTextTwice_SecondAppendsNothing()
    {
        using var first = await _writer.PostAsync(new Uri("/api/reports/raw" + Query, UriKind.Relative), PlainText(Report));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var after = await _reader.LastPositionAsync();

        using var second = await _writer.PostAsync(new Uri("/api/reports/raw" + Query, UriKind.Relative), PlainText(Report));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.True((await second.ReadJsonAsync())["alreadyIngested"]!.GetValue<bool>());
        Assert.Equal(after, await _reader.LastPositionAsync());
    }

    [Fact]
    public async Task PostRawJson_DryRun_ReturnsDecisionsAndAppendsNothing()
    {
        var before = await _reader.LastPositionAsync();
        var body = StoryApi.Json($$"""{"text":{{System.Text.Json.JsonSerializer.Serialize(Report)}},"source":"test wire","publishedAt":"2025-11-22T15:00:00Z"}""");

        using var response = await _writer.PostAsync(new Uri("/api/reports/raw?dryRun=true", UriKind.Relative), body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty((await response.ReadJsonAsync())["decisions"]!.AsArray());
        Assert.Equal(before, await _reader.LastPositionAsync());
    }

    [Theory]
    [InlineData("?source=test", "publishedAt")]
    [InlineData("?source=test&publishedAt=2025-11-22T15:00:00", "publishedAt")]
    [InlineData("?publishedAt=2025-11-22T15:00:00Z", "source")]
    public async Task PostRawText_BadFields_Is400NamingTheFieldAndAppendsNothing(string query, string field)
    {
        var before = await _reader.LastPositionAsync();

        using var response = await _writer.PostAsync(new Uri("/api/reports/raw" + query, UriKind.Relative), PlainText(Report));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ReadJsonAsync())["errors"]!.AsObject();
        Assert.Contains(field, errors.Select(e => e.Key));
        Assert.Equal(before, await _reader.LastPositionAsync());
    }

    [Fact]
    public async Task PostRawText_WithoutKey_Is401()
    {
        using var response = await _reader.PostAsync(new Uri("/api/reports/raw" + Query, UriKind.Relative), PlainText(Report));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
