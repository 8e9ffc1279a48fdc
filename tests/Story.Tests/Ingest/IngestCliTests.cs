using System.Text.Json;
using Story.Tests.Support;

namespace Story.Tests.Ingest;

/// <summary>`story ingest` through the real program on a real SQLite file: raw text in, linked claims out.</summary>
public sealed class IngestCliTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private async Task<string> WriteAsync(string name, string text)
    {
        var path = _folder.File(name);
        await File.WriteAllTextAsync(path, text);
        return path;
    }

    private async Task<CliResult> IngestAsync(string file, string published, params string[] more) =>
        await StoryProcess.RunAsync(_folder.Path, ["ingest", file, "--source", "Wire " + Path.GetFileNameWithoutExtension(file), "--published", published, "--story", RailStrikeReports.StoryId, .. more]);

    private async Task<JsonElement> JsonAsync(params string[] args)
    {
        var result = await StoryProcess.RunAsync(_folder.Path, [.. args, "--json"]);
        Assert.True(result.ExitCode == 0, result.ToString());
        return JsonDocument.Parse(result.Stdout).RootElement.Clone();
    }

    private async Task<long> HeadAsync() => (await JsonAsync("verify")).GetProperty("checked").GetInt64();

    [Fact]
    public async Task Ingest_TwoReportsSharingAClaim_OneClaimCorroboratedWithTheExactQuoteAndItsEvidence()
    {
        // Given two reports that say the workers walked off the job, in their own words
        var first = await WriteAsync("first.txt", RailStrikeReports.First);
        var second = await WriteAsync("second.txt", RailStrikeReports.Second);

        // When both are ingested raw, in publication order
        Assert.Equal(0, (await IngestAsync(first, "2025-03-10T18:00Z")).ExitCode);
        var ingested = await IngestAsync(second, "2025-03-11T09:00:00+01:00", "--json");
        Assert.True(ingested.ExitCode == 0, ingested.ToString());

        // Then the walkout is one claim, carried by both reports
        var state = await JsonAsync("state");
        var walkout = Assert.Single(state.GetProperty("claims").EnumerateArray(), c => c.GetProperty("statement").GetString()!.Contains("walked off the job", StringComparison.Ordinal));
        Assert.Equal(2, walkout.GetProperty("reportCount").GetInt32());

        // And its audit shows a corroboration whose quote is the second report's text at its offsets, with why it was linked
        var audit = await JsonAsync("audit", walkout.GetProperty("claimId").GetString()!);
        var entries = audit.GetProperty("entries").EnumerateArray().ToList();
        var corroboration = Assert.Single(entries, e => e.GetProperty("entry").GetProperty("kind").GetString() == "corroborated");
        var quote = corroboration.GetProperty("entry").GetProperty("quote");
        var start = quote.GetProperty("start").GetInt32();
        var end = quote.GetProperty("end").GetInt32();
        Assert.Equal(RailStrikeReports.Second[start..end], quote.GetProperty("text").GetString());
        Assert.True(corroboration.GetProperty("quoteMatchesReport").GetBoolean());
        var evidence = corroboration.GetProperty("entry").GetProperty("evidence");
        Assert.Equal("corroboration", evidence.GetProperty("link.kind").GetString());
        Assert.Equal(walkout.GetProperty("claimId").GetString(), evidence.GetProperty("link.matchedClaim").GetString());
        Assert.Contains("walk", evidence.GetProperty("link.sharedWords").GetString(), StringComparison.Ordinal);
        Assert.True(double.Parse(evidence.GetProperty("link.score").GetString()!, System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.All(entries, e => Assert.True(e.GetProperty("quoteMatchesReport").GetBoolean()));
    }

    [Fact]
    public async Task Audit_IngestedCorroboration_PrintsTheEvidenceForTheLink()
    {
        var first = await WriteAsync("first.txt", RailStrikeReports.First);
        var second = await WriteAsync("second.txt", RailStrikeReports.Second);
        Assert.Equal(0, (await IngestAsync(first, "2025-03-10T18:00Z")).ExitCode);
        Assert.Equal(0, (await IngestAsync(second, "2025-03-11T08:00Z")).ExitCode);
        var state = await JsonAsync("state");
        var walkout = state.GetProperty("claims").EnumerateArray().First(c => c.GetProperty("reportCount").GetInt32() == 2).GetProperty("claimId").GetString()!;

        var audit = await StoryProcess.RunAsync(_folder.Path, "audit", walkout);

        Assert.True(audit.ExitCode == 0, audit.ToString());
        Assert.Contains("evidence: corroboration, score", audit.Stdout, StringComparison.Ordinal);
        Assert.Contains("against claim " + walkout, audit.Stdout, StringComparison.Ordinal);
        Assert.Contains("shared: words", audit.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_SameFileTwice_SecondSaysAlreadyIngestedAndAppendsNothing()
    {
        var first = await WriteAsync("first.txt", RailStrikeReports.First);
        Assert.Equal(0, (await IngestAsync(first, "2025-03-10T18:00Z")).ExitCode);
        var head = await HeadAsync();

        // The same text under another name and time is the same report
        var copy = await WriteAsync("copy.txt", RailStrikeReports.First);
        var again = await IngestAsync(copy, "2025-03-12T07:00Z", "--json");

        Assert.True(again.ExitCode == 0, again.ToString());
        var result = JsonDocument.Parse(again.Stdout).RootElement;
        Assert.True(result.GetProperty("alreadyIngested").GetBoolean());
        Assert.False(result.TryGetProperty("append", out _));
        Assert.Equal(head, await HeadAsync());
    }

    [Fact]
    public async Task Ingest_DryRun_PrintsTheDecisionsAndAppendsNothing()
    {
        var first = await WriteAsync("first.txt", RailStrikeReports.First);
        var second = await WriteAsync("second.txt", RailStrikeReports.Second);
        Assert.Equal(0, (await IngestAsync(first, "2025-03-10T18:00Z")).ExitCode);
        var head = await HeadAsync();

        var table = await IngestAsync(second, "2025-03-11T08:00Z", "--dry-run");
        var json = await IngestAsync(second, "2025-03-11T08:00Z", "--dry-run", "--json");

        Assert.True(table.ExitCode == 0, table.ToString());
        Assert.Contains("Dry run: nothing appended", table.Stdout, StringComparison.Ordinal);
        Assert.Contains("corroboration", table.Stdout, StringComparison.Ordinal);
        var plan = JsonDocument.Parse(json.Stdout).RootElement;
        Assert.True(plan.GetProperty("dryRun").GetBoolean());
        var decisions = plan.GetProperty("decisions").EnumerateArray().ToList();
        Assert.Contains(decisions, d => d.GetProperty("kind").GetString() == "corroboration" && d.GetProperty("matchedClaimId").GetString() is not null);
        Assert.All(decisions, d =>
        {
            var q = d.GetProperty("quote");
            Assert.Equal(RailStrikeReports.Second[q.GetProperty("start").GetInt32()..q.GetProperty("end").GetInt32()], q.GetProperty("text").GetString());
        });
        Assert.Equal(head, await HeadAsync());
    }
}
