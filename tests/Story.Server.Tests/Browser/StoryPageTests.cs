using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Story.Server.Tests.Support;

namespace Story.Server.Tests.Browser;

/// <summary>
/// The page in a real browser against the real server on a loopback port (Kestrel) over a temp SQLite file.
/// Screenshots go to screenshots/ beside the test assembly.
/// </summary>
public sealed class StoryPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private static readonly string ScreenshotFolder = Path.Combine(AppContext.BaseDirectory, "screenshots");
    private readonly StoryServerFactory _server = new();
    private readonly List<string> _browserErrors = [];
    private readonly List<IBrowserContext> _contexts = [];
    private HttpClient _api = null!;
    private string _baseUrl = null!;

    public Task InitializeAsync()
    {
        _server.UseKestrel(0);
        _server.StartServer();
        _baseUrl = _server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _api = new HttpClient { BaseAddress = new Uri(_baseUrl) };
        Directory.CreateDirectory(ScreenshotFolder);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.CloseAsync();
        }

        _api.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Page_SliderAcrossTheKyivMeeting_ShowsTheReceivedTheDraftClaimOnlyAfterAndItsAuditHighlightsEachQuote()
    {
        var page = await OpenAsync(1280, 800);
        var claim = page.Locator($"#claims [data-claim-id='{SeedStoryFacts.ReceivedDraftClaim}']");

        // When the slider is moved before the Kyiv meeting, the received-the-draft claim is not there
        await MoveSliderAsync(page, SeedStoryFacts.BeforeKyivMeeting);
        Assert.Equal(0, await claim.CountAsync());
        var before = await _api.GetJsonAsync($"/api/story?at={SeedStoryFacts.BeforeKyivMeeting}");
        await Assertions.Expect(page.Locator("#claims .claim")).ToHaveCountAsync(before["totals"]!["claims"]!.GetValue<int>());

        // When it is moved after, the claim is there with the number of reports the API gives
        await MoveSliderAsync(page, SeedStoryFacts.AfterKyivMeeting);
        var expected = (await _api.GetJsonAsync($"/api/claims/{SeedStoryFacts.ReceivedDraftClaim}?at={SeedStoryFacts.AfterKyivMeeting}"))["claim"]!;
        var reportCount = expected["reportCount"]!.GetValue<int>();
        Assert.True(reportCount >= 3);
        await Assertions.Expect(claim).ToBeVisibleAsync();
        await Assertions.Expect(claim.Locator(".report-count")).ToHaveTextAsync($"{reportCount} reports");
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, "story-page.png") });

        // When the claim is opened from the keyboard, each report's quote is highlighted inside that report's text
        await claim.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var panel = page.Locator("#audit");
        await Assertions.Expect(panel).ToBeVisibleAsync();
        var audit = await _api.GetJsonAsync($"/api/claims/{SeedStoryFacts.ReceivedDraftClaim}/audit?at={SeedStoryFacts.AfterKyivMeeting}&axis=reported");
        var quotes = audit["entries"]!.AsArray().Select(e => e!["entry"]!["quote"]!["text"]!.GetValue<string>()).ToList();
        var marks = panel.Locator(".report-text mark");
        await Assertions.Expect(marks).ToHaveCountAsync(quotes.Count);
        Assert.Equal(quotes, await marks.AllTextContentsAsync());
        await Assertions.Expect(panel).ToContainTextAsync("(estimated)");
        await Assertions.Expect(panel.Locator("dd.hash").First).ToHaveTextAsync(audit["entries"]![0]!["entry"]!["hash"]!.GetValue<string>());
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, "story-audit.png") });

        // When Escape is pressed, the panel closes and the focus is back on the claim
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(panel).ToBeHiddenAsync();
        await Assertions.Expect(claim).ToBeFocusedAsync();
        Assert.Empty(_browserErrors);
    }

    [Fact]
    public async Task Page_BeforeAndAfter_ComparesTheKyivMeetingAndListsTheReceivedTheDraftClaimAsAdded()
    {
        var page = await OpenAsync(1280, 800);

        var added = page.Locator("#diff details", new() { HasText = "Added" });

        await Assertions.Expect(added).ToContainTextAsync("Zelensky has received a draft");
        var diff = await _api.GetJsonAsync($"/api/story/diff?from={SeedStoryFacts.BeforeKyivMeeting}&to={SeedStoryFacts.AfterKyivMeeting}");
        await Assertions.Expect(added.Locator("summary")).ToHaveTextAsync($"Added ({diff["changes"]!["added"]!.AsArray().Count})");
        await Assertions.Expect(page.Locator("#diff details", new() { HasText = "Corroborated" }).Locator("summary"))
            .ToHaveTextAsync($"Corroborated ({diff["changes"]!["newlyCorroborated"]!.AsArray().Count})");
        Assert.Empty(_browserErrors);
    }

    [Fact]
    public async Task Page_FactPostedWhileOpen_AppearsLiveAndInTheStoryWithoutAReload()
    {
        var page = await OpenAsync(1280, 800);
        await Assertions.Expect(page.Locator("#live-status")).ToHaveTextAsync("connected");

        // When a new claim is appended through the API
        var fact = $$$"""{"type":"claim-reported","claimId":"page-live-claim","storyId":"{{{SeedStoryFacts.StoryId}}}","reportId":"{{{SeedStoryFacts.PreMeetingReport}}}","statement":"A claim appended while the page is open.","entities":["Ukraine"],"attribution":"the report","hedging":"asserted","quote":{"start":0,"end":17,"text":"The United States"}}""";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/facts") { Content = StoryApi.Facts(fact) };
        request.Headers.Add("X-Api-Key", StoryServerFactory.WriteKey);
        using var response = await _api.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var position = (await response.ReadJsonAsync())["positions"]![0]!.GetValue<long>();

        // Then the live list shows it and the story view gains the claim, with no reload
        await Assertions.Expect(page.Locator($"#live-list li[data-position='{position}']")).ToContainTextAsync("page-live-claim");
        await Assertions.Expect(page.Locator("#claims [data-claim-id='page-live-claim']")).ToBeVisibleAsync();
        Assert.Empty(_browserErrors);
    }

    [Fact]
    public async Task Page_RecordedAxis_SpansLogPositions()
    {
        var page = await OpenAsync(1280, 800);

        await page.Locator("input[name='axis'][value='recorded']").CheckAsync();

        var last = await _api.LastPositionAsync();
        var slider = page.Locator("#slider");
        await Assertions.Expect(slider).ToHaveAttributeAsync("max", last.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Assertions.Expect(slider).ToHaveAttributeAsync("min", "0");
        await SetSliderAsync(page, "10");
        await Assertions.Expect(page.Locator("#claims")).ToHaveAttributeAsync("data-moment", "position:10");
        await Assertions.Expect(page.Locator("#moment-label")).ToContainTextAsync("after log position 10");
        Assert.Empty(_browserErrors);
    }

    [Fact]
    public async Task Page_PhoneWidth_IsOneColumnWithoutHorizontalOverflow()
    {
        var page = await OpenAsync(390, 844);
        var claim = page.Locator($"#claims [data-claim-id='{SeedStoryFacts.ReceivedDraftClaim}']");
        await Assertions.Expect(claim).ToBeVisibleAsync();

        Assert.True(await NoHorizontalOverflowAsync(page), "the page scrolls sideways at 390 px");
        var claimsBox = (await page.Locator("#claims").BoundingBoxAsync())!;
        var compareBox = (await page.Locator(".compare").BoundingBoxAsync())!;
        Assert.True(compareBox.Y >= claimsBox.Y + claimsBox.Height, "the side column should stack below the claims");
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, "story-phone.png") });

        await claim.ClickAsync();
        await Assertions.Expect(page.Locator("#audit .report-text mark").First).ToBeVisibleAsync();
        var panelFits = await page.Locator("#audit").EvaluateAsync<bool>("d => d.scrollWidth <= d.clientWidth");
        Assert.True(panelFits, "the audit panel scrolls sideways at 390 px");
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, "story-phone-audit.png") });
        Assert.Empty(_browserErrors);
    }

    private async Task<IPage> OpenAsync(int width, int height)
    {
        var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height } });
        _contexts.Add(context);
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _browserErrors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => _browserErrors.Add(error);
        await page.GotoAsync(_baseUrl + "/");
        await Assertions.Expect(page.Locator("#claims")).ToHaveAttributeAsync("aria-busy", "false");
        await Assertions.Expect(page.Locator("#claims")).ToHaveAttributeAsync("data-moment", "latest");
        return page;
    }

    /// <summary>Moves the slider as a user dragging it would, to a time (its value is minutes since 1970, UTC).</summary>
    private static async Task MoveSliderAsync(IPage page, string isoTime)
    {
        var at = DateTimeOffset.Parse(isoTime, System.Globalization.CultureInfo.InvariantCulture);
        await SetSliderAsync(page, (at.ToUnixTimeSeconds() / 60).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var shown = at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);
        await Assertions.Expect(page.Locator("#claims")).ToHaveAttributeAsync("data-moment", shown);
        await Assertions.Expect(page.Locator("#claims")).ToHaveAttributeAsync("aria-busy", "false");
    }

    private static async Task SetSliderAsync(IPage page, string value) =>
        await page.Locator("#slider").EvaluateAsync(
            "(slider, value) => { slider.value = value; slider.dispatchEvent(new Event('input', { bubbles: true })); slider.dispatchEvent(new Event('change', { bubbles: true })); }",
            value);

    private static Task<bool> NoHorizontalOverflowAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth");
}
