using Story.Tests.Support;
using System.Text.Json;
using Story.Postgres;
using Story.Postgres.Projections;
using Story.Store.Tests.Postgres.Projections;

namespace Story.Store.Tests.Postgres.Cli;

/// <summary>The `story` program on PostgreSQL: following, and the projection daemon's commands.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresCliTests(PostgresServerFixture server) : IDisposable
{
    private readonly WorkFolder _folder = new();

    [Fact]
    public async Task Follow_OnPostgres_PrintsAFactAppendedByAnotherProcess()
    {
        // Given a seeded PostgreSQL store and a `story follow` process on it
        var store = "postgres:" + await server.CreateDatabaseAsync();
        var seed = await StoryProcess.RunAsync(_folder.Path, "seed", "--store", store);
        Assert.True(seed.ExitCode == 0, seed.ToString());
        using var follower = StoryProcess.Start(_folder.Path, "follow", "--store", store);
        try
        {
            var ready = await follower.StandardError.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30));
            Assert.StartsWith("Following new facts", ready, StringComparison.Ordinal);

            // When another process appends a fact
            var line = """{"type":"claim-corroborated","claimId":"russia-holds-fifth","storyId":"us-peace-framework-2025-11","reportId":"004_c320aba1d05e4ca7","attribution":"the report","hedging":"asserted","quote":{"start":0,"end":3,"text":"The"}}""";
            await File.WriteAllTextAsync(_folder.File("new.jsonl"), line);
            var append = await StoryProcess.RunAsync(_folder.Path, "append", "new.jsonl", "--store", store);
            Assert.True(append.ExitCode == 0, append.ToString());

            // Then the follower prints it (generous timeout: this checks delivery, not speed)
            var printed = await follower.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30));
            Assert.Contains("claim russia-holds-fifth corroborated by 004_c320aba1d05e4ca7", printed, StringComparison.Ordinal);
        }
        finally
        {
            follower.Kill(entireProcessTree: true);
        }
    }

    [Fact]
    public async Task Projections_StoppedOnAnUnreadableEvent_JsonShowsItsPositionAndError()
    {
        // Given a story with an unreadable fact, and a daemon that stopped on it
        var database = await server.CreateDatabaseAsync();
        long poisoned;
        await using (var store = await PostgresEventStore.OpenAsync(database))
        {
            var events = await SeedLog.EventsAsync();
            await SeedLog.AppendAsync(store, events.Take(30));
            await SeedLog.AppendAsync(store, [PoisonedEvent.In(events[0].StreamId)]);
            poisoned = await store.GetHeadPositionAsync();
            await SeedLog.AppendAsync(store, events.Skip(30));
            await new ProjectionDaemon(store).CatchUpAsync();
        }

        // When `story projections --json` is run
        var run = await StoryProcess.RunAsync(_folder.Path, "projections", "--json", "--store", "postgres:" + database);

        // Then it shows each projection stopped there, behind the head, with the error
        Assert.True(run.ExitCode == 0, run.ToString());
        var view = JsonDocument.Parse(run.Stdout).RootElement;
        Assert.True(view.GetProperty("daemon").GetBoolean());
        var projections = view.GetProperty("projections").EnumerateArray().ToList();
        Assert.Equal(["story-state", "claim-audit"], projections.Select(p => p.GetProperty("name").GetString()));
        Assert.All(projections, p =>
        {
            Assert.Equal("stopped", p.GetProperty("status").GetString());
            Assert.Equal(poisoned, p.GetProperty("errorPosition").GetInt64());
            Assert.Equal(poisoned - 1, p.GetProperty("position").GetInt64());
            Assert.Equal(p.GetProperty("head").GetInt64() - (poisoned - 1), p.GetProperty("lag").GetInt64());
            Assert.Contains("JsonException", p.GetProperty("error").GetString(), StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Projections_BeforeAndAfterAQuery_ShowTheLagThenNone()
    {
        // Given a seeded PostgreSQL store no daemon has run on
        var store = "postgres:" + await server.CreateDatabaseAsync();
        Assert.Equal(0, (await StoryProcess.RunAsync(_folder.Path, "seed", "--store", store)).ExitCode);
        var before = await ProjectionsAsync(store);

        // When a query for the latest state runs (it catches the read models up before reading them)
        Assert.Equal(0, (await StoryProcess.RunAsync(_folder.Path, "state", "--store", store)).ExitCode);
        var after = await ProjectionsAsync(store);

        // Then the lag was the whole log, and is now nothing
        Assert.All(before, p => Assert.Equal((0L, p.Head, "running"), (p.Position, p.Lag, p.Status)));
        Assert.All(after, p => Assert.Equal((p.Head, 0L, "running"), (p.Position, p.Lag, p.Status)));
        Assert.True(before[0].Head > 100);
    }

    [Fact]
    public async Task Rebuild_SeededStory_SaysTheRebuiltStateEqualsTheLog()
    {
        // Given a seeded PostgreSQL store whose read models are current
        var store = "postgres:" + await server.CreateDatabaseAsync();
        Assert.Equal(0, (await StoryProcess.RunAsync(_folder.Path, "seed", "--store", store)).ExitCode);
        Assert.Equal(0, (await StoryProcess.RunAsync(_folder.Path, "state", "--store", store)).ExitCode);

        // When `story rebuild story-state` runs without a terminal
        var run = await StoryProcess.RunAsync(_folder.Path, "rebuild", "story-state", "--store", store);

        // Then it shows progress up to the head and says the result equals a fold of the log
        Assert.True(run.ExitCode == 0, run.ToString());
        var head = (await ProjectionsAsync(store))[0].Head;
        Assert.Contains($"story-state: rebuilt {head}/{head}", run.Stderr, StringComparison.Ordinal);
        Assert.Contains($"story-state: rebuilt from position 0 to {head}", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("equal to the live state folded from the log", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("claim-audit", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rebuild_UnknownProjection_FailsNamingTheKnownOnes()
    {
        var store = "postgres:" + await server.CreateDatabaseAsync();

        var run = await StoryProcess.RunAsync(_folder.Path, "rebuild", "story-stat", "--store", store);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Unknown projection 'story-stat'. Projections: story-state, claim-audit.", run.Stderr, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    private async Task<List<(long Position, long Head, long Lag, string Status)>> ProjectionsAsync(string store)
    {
        var run = await StoryProcess.RunAsync(_folder.Path, "projections", "--json", "--store", store);
        Assert.True(run.ExitCode == 0, run.ToString());
        return JsonDocument.Parse(run.Stdout).RootElement.GetProperty("projections").EnumerateArray()
            .Select(p => (p.GetProperty("position").GetInt64(), p.GetProperty("head").GetInt64(), p.GetProperty("lag").GetInt64(), p.GetProperty("status").GetString()!))
            .ToList();
    }
}
