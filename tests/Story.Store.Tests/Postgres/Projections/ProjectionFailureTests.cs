using Story.Postgres;
using Story.Postgres.Projections;

namespace Story.Store.Tests.Postgres.Projections;

[Collection(PostgresCollection.Name)]
public sealed class ProjectionFailureTests(PostgresServerFixture server)
{
    [Fact]
    public async Task CatchUp_EventTheProjectionsCannotRead_StopsEachBeforeItWithItsPositionAndError()
    {
        // Given a log with an unreadable fact in the middle of the story
        var (database, store, poisoned) = await LogWithPoisonAsync();
        await using var _ = store;
        var daemon = new ProjectionDaemon(store, new ProjectionDaemonOptions { BatchSize = 16 });

        // When the daemon catches up
        var statuses = await daemon.CatchUpAsync();

        // Then each projection is stopped on that event, its checkpoint just before it, with the error kept
        Assert.All(statuses, s =>
        {
            Assert.Equal(ProjectionRunState.Stopped, s.Status);
            Assert.Equal(poisoned - 1, s.Position);
            Assert.Equal(poisoned, s.ErrorPosition);
            Assert.StartsWith("JsonException: ", s.Error, StringComparison.Ordinal);
        });

        // And what it did commit is the fold of the log up to there
        Assert.All(await Task.WhenAll(daemon.Names.Select(n => daemon.CheckAgainstLogAsync(n))), c =>
        {
            Assert.Equal(poisoned - 1, c.Position);
            Assert.True(c.MatchesLog, c.Name);
            Assert.True(c.Rows > 0);
        });
        Assert.NotEmpty(await Sql.ColumnAsync<string>(database, "SELECT claim_id FROM story.story_claims"));
    }

    [Fact]
    public async Task CatchUp_AgainAfterStopping_StaysOnTheFailedEventInsteadOfSkippingIt()
    {
        // Given projections stopped on an unreadable fact
        var (database, store, poisoned) = await LogWithPoisonAsync();
        await using var _ = store;
        var daemon = new ProjectionDaemon(store);
        await daemon.CatchUpAsync();
        var rows = await ReadModelRows.AllAsync(database);

        // When more facts arrive and a new daemon catches up
        await SeedLog.AppendAsync(store, [new StreamEvent("story-more", TestEvents.Claim("more", 1))]);
        var statuses = await new ProjectionDaemon(store).CatchUpAsync();

        // Then nothing moved: still stopped on the same event, behind the head, rows unchanged
        Assert.All(statuses, s => Assert.Equal((ProjectionRunState.Stopped, poisoned - 1, (long?)poisoned), (s.Status, s.Position, s.ErrorPosition)));
        Assert.All(statuses, s => Assert.Equal(s.Head - s.Position, s.Lag));
        Assert.Equal(rows, await ReadModelRows.AllAsync(database));
    }

    [Fact]
    public async Task Rebuild_OverAnUnreadableEvent_StopsAgainOnIt()
    {
        // Given a stopped projection
        var (database, store, poisoned) = await LogWithPoisonAsync();
        await using var _ = store;
        var daemon = new ProjectionDaemon(store, new ProjectionDaemonOptions { BatchSize = 10 });
        await daemon.CatchUpAsync();

        // When it is rebuilt
        var progress = new List<(long Done, long Total)>();
        var status = await daemon.RebuildAsync("story-state", new SynchronousProgress(progress.Add));

        // Then the rebuild replays up to the event and stops there again, rather than skipping it
        Assert.Equal((ProjectionRunState.Stopped, poisoned - 1, (long?)poisoned), (status.Status, status.Position, status.ErrorPosition));
        Assert.Equal(poisoned - 1, progress[^1].Done);
        Assert.True((await daemon.CheckAgainstLogAsync("story-state")).MatchesLog);
        Assert.Equal(poisoned - 1, await ReadModelRows.CheckpointAsync(database, "story-state"));
    }

    /// <summary>The seed story with an unreadable fact after its first 40 events; returns its position.</summary>
    private async Task<(string Database, PostgresEventStore Store, long Poisoned)> LogWithPoisonAsync()
    {
        var database = await server.CreateDatabaseAsync();
        var store = await PostgresEventStore.OpenAsync(database);
        var events = await SeedLog.EventsAsync();
        await SeedLog.AppendAsync(store, events.Take(40));
        await SeedLog.AppendAsync(store, [PoisonedEvent.In(events[0].StreamId)]);
        var poisoned = await store.GetHeadPositionAsync();
        await SeedLog.AppendAsync(store, events.Skip(40));
        return (database, store, poisoned);
    }
}
