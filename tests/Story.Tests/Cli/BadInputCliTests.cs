using System.Text.Json;
using Story.Tests.Support;

namespace Story.Tests.Cli;

/// <summary>Bad input gets a clear message naming the line or field, a non-zero exit, and nothing appended.</summary>
public sealed class BadInputCliTests : IAsyncLifetime
{
    private const string Story = SeedFiles.StoryId;
    private readonly TempFolder _folder = new();
    private long _headBefore;

    public async Task InitializeAsync()
    {
        Assert.Equal(0, (await StoryProcess.RunAsync(_folder.Path, "seed")).ExitCode);
        _headBefore = await HeadAsync();
    }

    public Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }

    private async Task<long> HeadAsync()
    {
        var result = await StoryProcess.RunAsync(_folder.Path, "verify", "--json");
        return JsonDocument.Parse(result.Stdout).RootElement.GetProperty("checked").GetInt64();
    }

    private async Task<CliResult> AppendAsync(params string[] lines)
    {
        var path = _folder.File($"batch-{Guid.NewGuid():N}.jsonl");
        await File.WriteAllLinesAsync(path, lines);
        return await StoryProcess.RunAsync(_folder.Path, "append", path);
    }

    private static string GoodCorroboration() =>
        $$$"""{"type":"claim-corroborated","claimId":"russia-holds-fifth","storyId":"{{{Story}}}","reportId":"{{{SeedFiles.PreMeetingReport}}}","attribution":"the report","hedging":"asserted","quote":{"start":0,"end":3,"text":"The"}}""";

    private async Task AssertRejectedAsync(CliResult result, int exitCode, params string[] mentions)
    {
        Assert.True(result.ExitCode == exitCode, result.ToString());
        foreach (var mention in mentions)
        {
            Assert.Contains(mention, result.Stderr, StringComparison.Ordinal);
        }

        Assert.Equal(_headBefore, await HeadAsync());
    }

    [Fact]
    public async Task Append_MalformedJsonLine_NamesTheLineAndAppendsNothingOfTheBatch()
    {
        var result = await AppendAsync(GoodCorroboration(), "{\"type\": \"claim-corroborated\", ");
        await AssertRejectedAsync(result, 2, "line 2", "not valid JSON");
    }

    [Fact]
    public async Task Append_CorroborationOfAnUnknownClaim_IsRejected()
    {
        var line = GoodCorroboration().Replace("russia-holds-fifth", "no-such-claim", StringComparison.Ordinal);
        var result = await AppendAsync(GoodCorroboration(), line);
        await AssertRejectedAsync(result, 2, "line 2: claimId", "unknown claim 'no-such-claim'");
    }

    [Fact]
    public async Task Append_QuoteNotMatchingTheReportText_IsRejected()
    {
        var line = GoodCorroboration().Replace("\"text\":\"The\"", "\"text\":\"Tha\"", StringComparison.Ordinal);
        var result = await AppendAsync(line);
        await AssertRejectedAsync(result, 2, "line 1: quote.text", "does not match");
    }

    [Fact]
    public async Task Append_QuoteOffsetsOutsideTheReport_AreRejected()
    {
        var line = GoodCorroboration().Replace("\"start\":0,\"end\":3", "\"start\":99990,\"end\":99993", StringComparison.Ordinal);
        var result = await AppendAsync(line);
        await AssertRejectedAsync(result, 2, "line 1: quote", "outside report");
    }

    [Fact]
    public async Task Append_TimestampWithoutUtcOffset_IsRejected()
    {
        var line = GoodCorroboration().Replace("\"hedging\"", "\"reportedAt\":\"2025-11-20T10:00:00\",\"hedging\"", StringComparison.Ordinal);
        var result = await AppendAsync(line);
        await AssertRejectedAsync(result, 2, "line 1: reportedAt", "UTC offset");
    }

    [Fact]
    public async Task Append_WrongExpectedVersion_NamesStreamExpectedAndActual()
    {
        var path = _folder.File("one.jsonl");
        await File.WriteAllTextAsync(path, GoodCorroboration());
        var result = await StoryProcess.RunAsync(_folder.Path, "append", path, "--expected-version", "3");
        await AssertRejectedAsync(result, 3, $"story-{Story}", "version 3", $"version {_headBefore}");
    }

    [Fact]
    public async Task AnyCommand_UnknownStoreScheme_IsAClearError()
    {
        var result = await StoryProcess.RunAsync(_folder.Path, "state", "--store", "mongo://localhost");
        Assert.Equal(4, result.ExitCode);
        Assert.Contains("Unknown store 'mongo'", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_OnAMissingStoreFile_SaysSoInsteadOfCreatingAnEmptyStore()
    {
        var result = await StoryProcess.RunAsync(_folder.Path, "state", "--store", "sqlite:nothing-here.db");
        Assert.Equal(4, result.ExitCode);
        Assert.Contains("nothing-here.db", result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(_folder.File("nothing-here.db")));
    }

    [Fact]
    public async Task Query_OnACorruptStoreFile_IsAClearError()
    {
        await File.WriteAllBytesAsync(_folder.File("corrupt.db"), Enumerable.Range(0, 4096).Select(i => (byte)(i * 7)).ToArray());
        var result = await StoryProcess.RunAsync(_folder.Path, "state", "--store", "sqlite:corrupt.db");
        Assert.Equal(4, result.ExitCode);
        Assert.Contains("corrupt.db", result.Stderr, StringComparison.Ordinal);
    }
}
