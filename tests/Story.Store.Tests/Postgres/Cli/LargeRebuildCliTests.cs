using Story.Tests.Support;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Story.Facts;
using Story.Postgres;
using Story.Postgres.Projections;
using Xunit.Abstractions;

namespace Story.Store.Tests.Postgres.Cli;

/// <summary>`story rebuild` over a log of 100,000 facts, in a class of its own because it takes a while.</summary>
[Collection(PostgresCollection.Name)]
public sealed partial class LargeRebuildCliTests(PostgresServerFixture server, ITestOutputHelper output) : IDisposable
{
    private const int Facts = 100_000;
    private const int Reports = 100;
    private static readonly DateTimeOffset Start = new(2025, 11, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly WorkFolder _folder = new();

    [Fact]
    public async Task Rebuild_100000Facts_ShowsProgressAndEndsEqualToTheLiveProjection()
    {
        // Given 100,000 facts, and read models the daemon kept live (copied aside to compare with)
        var database = await server.CreateDatabaseAsync();
        var clock = Stopwatch.StartNew();
        await using (var store = await PostgresEventStore.OpenAsync(database))
        {
            foreach (var batch in Generate().Chunk(2_000))
            {
                await store.AppendAsync("story-big", ExpectedVersion.Any, batch);
            }

            output.WriteLine($"appended {Facts} facts in {clock.Elapsed}");
            clock.Restart();
            await new ProjectionDaemon(store).CatchUpAsync();
            output.WriteLine($"projected them live in {clock.Elapsed}");
        }

        foreach (var table in ReadModelTables)
        {
            await Sql.ExecuteAsync(database, $"CREATE TABLE story.live_{table} AS SELECT * FROM story.{table}");
        }

        // When `story rebuild` replays them into both read models, without a terminal
        clock.Restart();
        var run = await StoryProcess.RunAsync(_folder.Path, "rebuild", "--store", "postgres:" + database);
        output.WriteLine($"story rebuild took {clock.Elapsed}");

        // Then it showed progress climbing to 100,000 for each projection and said the result equals a fold of the log
        Assert.True(run.ExitCode == 0, run.ToString());
        foreach (var projection in new[] { "story-state", "claim-audit" })
        {
            var done = ProgressLine().Matches(run.Stderr)
                .Where(m => m.Groups["name"].Value == projection)
                .Select(m => (Done: long.Parse(m.Groups["done"].Value, CultureInfo.InvariantCulture), Total: long.Parse(m.Groups["total"].Value, CultureInfo.InvariantCulture)))
                .ToList();
            Assert.True(done.Count >= 10, run.Stderr);
            Assert.Equal((0L, (long)Facts), done[0]);
            Assert.Equal(((long)Facts, (long)Facts), done[^1]);
            Assert.Equal(done.Select(d => d.Done).Order(), done.Select(d => d.Done));
            Assert.Contains($"{projection}: rebuilt from position 0 to {Facts}", run.Stdout, StringComparison.Ordinal);
        }

        Assert.Equal(2, Regex.Count(run.Stdout, "equal to the live state folded from the log"));

        // And every row equals the one the live daemon wrote, none missing, none extra
        foreach (var table in ReadModelTables)
        {
            var differing = await Sql.ScalarAsync<long>(
                database,
                $"SELECT count(*) FROM ((SELECT * FROM story.{table} EXCEPT ALL SELECT * FROM story.live_{table}) UNION ALL (SELECT * FROM story.live_{table} EXCEPT ALL SELECT * FROM story.{table})) d");
            Assert.Equal(0, differing);
        }

        Assert.True(await Sql.ScalarAsync<long>(database, "SELECT count(*) FROM story.story_claims") > 50_000);
    }

    public void Dispose() => _folder.Dispose();

    private static readonly string[] ReadModelTables = ["story_claims", "story_reports", "story_pending", "story_state_head", "claim_audits"];

    /// <summary>Reports first, then claims made, corroborated, disputed, corrected by the desk and retracted: 100,000 facts.</summary>
    private static IEnumerable<EventData> Generate()
    {
        const string text = "Officials said the talks would resume next week, according to people familiar with the plan.";
        var quote = new QuoteSpan(0, 9, "Officials");
        var metadata = new EventMetadata(CorrelationId: "large-rebuild", Actor: "test");
        EventData Event(Fact fact) => FactJson.ToEventData(fact, Guid.NewGuid(), metadata);
        string ReportId(int n) => "report-" + (n % Reports).ToString("D3", CultureInfo.InvariantCulture);
        string ClaimId(int n) => "claim-" + n.ToString("D6", CultureInfo.InvariantCulture);
        DateTimeOffset At(int n) => Start.AddMinutes(n % 20_000);

        for (var r = 0; r < Reports; r++)
        {
            yield return Event(new ReportPublished(ReportId(r), "big", $"Outlet {r}", At(r * 13), false, text, "sha256:" + new string('b', 64), $"Report {r}"));
        }

        const int claims = 59_900;
        for (var c = 0; c < claims; c++)
        {
            yield return Event(new ClaimReported(ClaimId(c), "big", ReportId(c), $"Statement {c}", ["Kyiv"], "officials", Hedging.Attributed, quote, At(c)));
        }

        for (var c = 0; c < 30_000; c++)
        {
            yield return Event(new ClaimCorroborated(ClaimId(c), "big", ReportId(c + 1), "officials", Hedging.Reportedly, quote, At(c + 7)));
        }

        for (var c = 0; c < 5_000; c++)
        {
            yield return Event(new ClaimDisputed(ClaimId(c * 3), "big", ReportId(c + 2), "a spokesman", quote, "denied", At(c + 11)));
        }

        for (var c = 0; c < 3_000; c++)
        {
            yield return Event(new ClaimCorrected(ClaimId(c * 5), "big", $"Corrected statement {c}", "a typo", At(c + 13)));
        }

        for (var c = 0; c < 2_000; c++)
        {
            yield return Event(new ClaimRetracted(ClaimId(c * 7), "big", "withdrawn", At(c + 17)));
        }
    }

    [GeneratedRegex(@"(?<name>[a-z-]+): rebuilt (?<done>\d+)/(?<total>\d+)")]
    private static partial Regex ProgressLine();
}
