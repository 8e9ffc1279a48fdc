using System.Text.Json;
using Story.Tests.Support;

namespace Story.Tests.Cli;

/// <summary>The foundation's "done when", tried through the real `story` program on a real story.db.</summary>
public sealed class SeededStoryCliTests : IClassFixture<SeededStoryCliTests.SeededFolder>
{
    private const string BeforeMeeting = "2025-11-20T10:00Z";
    private const string AfterMeeting = "2025-11-21T23:59Z";
    private readonly SeededFolder _seeded;

    public SeededStoryCliTests(SeededFolder seeded) => _seeded = seeded;

    public sealed class SeededFolder : IAsyncLifetime
    {
        public TempFolder Folder { get; } = new();

        public CliResult FirstSeed { get; private set; } = null!;

        public async Task InitializeAsync() => FirstSeed = await StoryProcess.RunAsync(Folder.Path, "seed", "--json");

        public Task DisposeAsync()
        {
            Folder.Dispose();
            return Task.CompletedTask;
        }
    }

    private async Task<JsonElement> JsonAsync(params string[] args)
    {
        var result = await StoryProcess.RunAsync(_seeded.Folder.Path, [.. args, "--json"]);
        Assert.True(result.ExitCode == 0, result.ToString());
        return JsonDocument.Parse(result.Stdout).RootElement.Clone();
    }

    private static JsonElement? Claim(JsonElement state, string claimId) =>
        state.GetProperty("claims").EnumerateArray().Where(c => c.GetProperty("claimId").GetString() == claimId).Select(c => (JsonElement?)c).FirstOrDefault();

    [Fact]
    public void Seed_OnAnEmptyFolder_CreatesStoryDbAndAppendsEveryFact()
    {
        Assert.True(_seeded.FirstSeed.ExitCode == 0, _seeded.FirstSeed.ToString());
        Assert.True(File.Exists(_seeded.Folder.File("story.db")));
        var result = JsonDocument.Parse(_seeded.FirstSeed.Stdout).RootElement;
        Assert.True(result.GetProperty("appended").GetInt32() > 100);
        Assert.Equal(0, result.GetProperty("alreadyStored").GetInt32());
    }

    [Fact]
    public async Task Seed_RunTwice_AppendsNothing()
    {
        var second = await JsonAsync("seed");
        Assert.Equal(0, second.GetProperty("appended").GetInt32());
        Assert.Equal(second.GetProperty("facts").GetInt32(), second.GetProperty("alreadyStored").GetInt32());
    }

    [Fact]
    public async Task State_BeforeTheKyivMeeting_ShowsOnlyWhatThePreMeetingReportSaid()
    {
        var state = await JsonAsync("state", "--at", BeforeMeeting);

        Assert.NotNull(Claim(state, "zelensky-meets-army-officials"));
        Assert.Null(Claim(state, "zelensky-received-draft"));
        Assert.All(state.GetProperty("claims").EnumerateArray(), c => Assert.Equal(SeedFiles.PreMeetingReport, c.GetProperty("firstReportId").GetString()));
        Assert.Equal(1, state.GetProperty("totals").GetProperty("reports").GetInt32());
    }

    [Fact]
    public async Task State_AfterTheKyivMeeting_ShowsTheReceivedDraftClaimCorroboratedByAtLeastThreeReports()
    {
        var state = await JsonAsync("state", "--at", AfterMeeting);

        var claim = Claim(state, "zelensky-received-draft");
        Assert.NotNull(claim);
        Assert.True(claim.Value.GetProperty("reportCount").GetInt32() >= 3);
        Assert.Equal("corroborated", claim.Value.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Diff_AcrossTheKyivMeeting_ListsTheReceivedDraftClaimAsAdded()
    {
        var diff = await JsonAsync("diff", "--from", BeforeMeeting, "--to", AfterMeeting);

        var added = diff.GetProperty("changes").GetProperty("added").EnumerateArray().Select(c => c.GetProperty("claimId").GetString()).ToList();
        Assert.Contains("zelensky-received-draft", added);
        Assert.DoesNotContain("zelensky-meets-army-officials", added);
    }

    [Fact]
    public async Task Audit_TerritorialConcessions_ListsEveryReportWithQuotesEqualToTheReportText()
    {
        var audit = await JsonAsync("audit", "territorial-concessions");

        var entries = audit.GetProperty("entries").EnumerateArray().ToList();
        var reports = entries.Select(e => e.GetProperty("entry").GetProperty("reportId").GetString()).Distinct().ToList();
        Assert.True(reports.Count >= 4, string.Join(", ", reports));
        Assert.All(entries, e => Assert.True(e.GetProperty("quoteMatchesReport").GetBoolean()));
        foreach (var e in entries.Select(e => e.GetProperty("entry")))
        {
            var reportText = File.ReadAllText(Path.Combine(SeedFiles.Folder, e.GetProperty("reportId").GetString() + ".txt"));
            var quote = e.GetProperty("quote");
            Assert.Equal(reportText[quote.GetProperty("start").GetInt32()..quote.GetProperty("end").GetInt32()], quote.GetProperty("text").GetString());
            Assert.Equal(64, e.GetProperty("hash").GetString()!.Length);
        }
    }

    [Fact]
    public async Task Verify_OnTheUntouchedStore_ReportsAnIntactChain()
    {
        var result = await JsonAsync("verify");
        Assert.True(result.GetProperty("isIntact").GetBoolean());
    }

    [Fact]
    public async Task HumanOutput_OfEveryQuery_Succeeds()
    {
        foreach (var args in new[] { new[] { "state", "--at", AfterMeeting }, ["timeline"], ["sources"], ["audit", "zelensky-received-draft"], ["diff", "--from", BeforeMeeting, "--to", AfterMeeting] })
        {
            var result = await StoryProcess.RunAsync(_seeded.Folder.Path, args);
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.NotEmpty(result.Stdout);
        }
    }
}
