using Story.Postgres;
using Story.Postgres.Projections;

namespace Story.Store.Tests.Postgres.Projections;

[Collection(PostgresCollection.Name)]
public sealed class ProjectionDaemonTests(PostgresServerFixture server)
{
    /// <summary>An event of another application in the same log: the daemon passes over it but its checkpoint moves past it.</summary>
    private static readonly StreamEvent Foreign = new("billing-1", new EventData(Guid.NewGuid(), "invoice-sent", """{"amount":3}""", EventMetadata.Empty));

    [Fact]
    public async Task CatchUp_SeededStory_ReadModelsEqualAFoldOfTheLog()
    {
        // Given the seed story in the log
        var database = await server.CreateDatabaseAsync();
        await using var store = await PostgresEventStore.OpenAsync(database);
        await SeedLog.AppendAsync(store, await SeedLog.EventsAsync());
        var daemon = new ProjectionDaemon(store);

        // When the daemon catches up
        var statuses = await daemon.CatchUpAsync();

        // Then both projections are running at the head, and their rows read back as the fold of the log
        var head = await store.GetHeadPositionAsync();
        Assert.Equal(["story-state", "claim-audit"], statuses.Select(s => s.Name));
        Assert.All(statuses, s => Assert.Equal((head, 0L, ProjectionRunState.Running, (string?)null), (s.Position, s.Lag, s.Status, s.Error)));
        await DaemonAssertions.BothMatchFoldAsync(daemon, database, store);
        Assert.All(await Task.WhenAll(daemon.Names.Select(n => daemon.CheckAgainstLogAsync(n))), c => Assert.True(c.MatchesLog, c.Name));
    }

    [Fact]
    public async Task CatchUp_AfterEachOfManySmallAppends_EqualsAFoldOfTheLogEachTime()
    {
        // Given a daemon with batches smaller than the appends, and the seed story arriving in pieces, with foreign events between
        var database = await server.CreateDatabaseAsync();
        await using var store = await PostgresEventStore.OpenAsync(database);
        var daemon = new ProjectionDaemon(store, new ProjectionDaemonOptions { BatchSize = 4 });
        var events = await SeedLog.EventsAsync();

        foreach (var piece in events.Chunk(23))
        {
            // When each piece is appended and the daemon catches up
            await SeedLog.AppendAsync(store, [.. piece, Foreign with { Event = Foreign.Event with { EventId = Guid.NewGuid() } }]);
            await daemon.CatchUpAsync();

            // Then the read models are the fold of the log so far
            await DaemonAssertions.BothMatchFoldAsync(daemon, database, store);
        }
    }

    [Fact]
    public async Task CatchUp_ByANewDaemonAfterRestart_ResumesFromTheCheckpointAndEqualsAFold()
    {
        // Given a daemon that projected the first half of the story, in a process that then ended
        var database = await server.CreateDatabaseAsync();
        var events = await SeedLog.EventsAsync();
        var half = events.Count / 2;
        await using (var first = await PostgresEventStore.OpenAsync(database))
        {
            await SeedLog.AppendAsync(first, events.Take(half));
            await new ProjectionDaemon(first).CatchUpAsync();
        }

        // When the rest is appended and a new daemon, in a new store, catches up in batches of 10
        await using var store = await PostgresEventStore.OpenAsync(database);
        await SeedLog.AppendAsync(store, events.Skip(half));
        var commits = 0;
        var daemon = new ProjectionDaemon(store, new ProjectionDaemonOptions
        {
            BatchSize = 10,
            BeforeCommit = (_, _) => Task.FromResult(Interlocked.Increment(ref commits)),
        });
        await daemon.CatchUpAsync();

        // Then it started from the checkpoint (only the second half's batches were committed) and equals a fold of the whole log
        var batchesPerProjection = (int)Math.Ceiling((events.Count - half) / 10.0);
        Assert.Equal(2 * batchesPerProjection, commits);
        await DaemonAssertions.BothMatchFoldAsync(daemon, database, store);
    }

    [Fact]
    public async Task Rebuild_AfterIncrementalCatchUps_WritesExactlyTheSameRows()
    {
        // Given read models kept up to date incrementally while the story arrived in pieces
        var database = await server.CreateDatabaseAsync();
        await using var store = await PostgresEventStore.OpenAsync(database);
        var daemon = new ProjectionDaemon(store, new ProjectionDaemonOptions { BatchSize = 7 });
        foreach (var piece in (await SeedLog.EventsAsync()).Chunk(17))
        {
            await SeedLog.AppendAsync(store, piece);
            await daemon.CatchUpAsync();
        }

        var incremental = await ReadModelRows.AllAsync(database);

        // When each projection is rebuilt from position 0 by another daemon with another batch size
        var rebuilder = new ProjectionDaemon(store, new ProjectionDaemonOptions { BatchSize = 50 });
        var progress = new Dictionary<string, List<(long Done, long Total)>>();
        foreach (var name in rebuilder.Names)
        {
            progress[name] = [];
            var status = await rebuilder.RebuildAsync(name, new SynchronousProgress(progress[name].Add));
            Assert.Equal(ProjectionRunState.Running, status.Status);
        }

        // Then every row is the same, down to the position that last changed it, and progress climbed from 0 to the head
        Assert.Equal(incremental, await ReadModelRows.AllAsync(database));
        var head = await store.GetHeadPositionAsync();
        Assert.All(progress.Values, reports =>
        {
            Assert.Equal((0L, head), reports[0]);
            Assert.Equal((head, head), reports[^1]);
            Assert.Equal(reports.Select(r => r.Done).Order(), reports.Select(r => r.Done));
            Assert.True(reports.Count > 2, "progress is reported after every batch");
        });
    }

    [Fact]
    public async Task CatchUp_WhenTheBatchTransactionIsKilledBeforeCommit_AdvancesNeitherRowsNorCheckpoint()
    {
        // Given a daemon whose first batch transaction has written its rows and checkpoint but whose server process is ended before it commits
        var database = await server.CreateDatabaseAsync();
        await using var store = await PostgresEventStore.OpenAsync(database);
        await SeedLog.AppendAsync(store, await SeedLog.EventsAsync());
        var killed = 0;
        var doomed = new ProjectionDaemon(store, new ProjectionDaemonOptions
        {
            BatchSize = 50,
            BeforeCommit = async (connection, _) =>
            {
                if (Interlocked.Exchange(ref killed, 1) == 0)
                {
                    // Terminated rather than SIGKILLed: a killed backend makes the throwaway cluster (synchronous_commit off)
                    // recover, which may drop the appends just committed before it.
                    await Sql.ExecuteAsync(database, $"SELECT pg_terminate_backend({connection.ProcessID}, 10000)");
                }
            },
        });

        // When it catches up
        await Assert.ThrowsAsync<StoreUnavailableException>(() => doomed.CatchUpAsync());

        // Then neither the rows nor the checkpoint moved
        Assert.Equal(0, await ReadModelRows.CheckpointAsync(database, "story-state"));
        Assert.Empty(await ReadModelRows.AllAsync(database));

        // And catching up again (the same daemon, whose in-memory state was dropped) gives the fold of the log
        await doomed.CatchUpAsync();
        await DaemonAssertions.BothMatchFoldAsync(doomed, database, store);
    }

    [Fact]
    public async Task CatchUp_TwoDaemonsInTwoStoresAtOnce_TakeTurnsAndEqualAFold()
    {
        // Given two processes' daemons on one database, with small batches
        var database = await server.CreateDatabaseAsync();
        await using var left = await PostgresEventStore.OpenAsync(database);
        await using var right = await PostgresEventStore.OpenAsync(database);
        await SeedLog.AppendAsync(left, await SeedLog.EventsAsync());
        var daemons = new[] { left, right }.Select(s => new ProjectionDaemon(s, new ProjectionDaemonOptions { BatchSize = 3 })).ToArray();

        // When both catch up at the same time
        await Task.WhenAll(daemons.Select(d => Task.Run(() => d.CatchUpAsync())));

        // Then no event was folded twice or missed: the read models are the fold of the log
        await DaemonAssertions.BothMatchFoldAsync(daemons[0], database, left);
    }

    [Fact]
    public async Task Run_WhenAnotherStoreAppends_IsWokenAndCatchesUp()
    {
        // Given a running daemon that would poll only once a minute, so only a notification can wake it in time
        var database = await server.CreateDatabaseAsync();
        await using var store = await PostgresEventStore.OpenAsync(database, new PostgresStoreOptions { PollInterval = TimeSpan.FromMinutes(1) });
        var daemon = new ProjectionDaemon(store);
        using var stop = new CancellationTokenSource();
        var running = Task.Run(() => daemon.RunAsync(stop.Token));
        await WaitUntilAsync(async () => (await daemon.GetStatusesAsync()).All(s => s.UpdatedAt is not null));

        // When another store (as another process would) appends the story
        await using (var writer = await PostgresEventStore.OpenAsync(database))
        {
            await SeedLog.AppendAsync(writer, await SeedLog.EventsAsync());
        }

        // Then the daemon projects it without being asked
        var head = await store.GetHeadPositionAsync();
        await WaitUntilAsync(async () => (await daemon.GetStatusesAsync()).All(s => s.Position == head));
        await DaemonAssertions.BothMatchFoldAsync(daemon, database, store);

        await stop.CancelAsync();
        await running.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Run_WhenTheServerRestartsUnderIt_RetriesAndKeepsProjecting()
    {
        // Given a running daemon that has projected the first half of the story
        var database = await server.CreateDatabaseAsync();
        var events = await SeedLog.EventsAsync();
        var storeOptions = new PostgresStoreOptions { RetryInitialDelay = TimeSpan.FromMilliseconds(50), RetryMaxDelay = TimeSpan.FromSeconds(1) };
        await using var store = await PostgresEventStore.OpenAsync(database, storeOptions);
        var daemon = new ProjectionDaemon(store);
        await SeedLog.AppendAsync(store, events.Take(events.Count / 2));
        using var stop = new CancellationTokenSource();
        var running = Task.Run(() => daemon.RunAsync(stop.Token));
        var half = await store.GetHeadPositionAsync();
        await WaitUntilAsync(async () => (await daemon.GetStatusesAsync()).All(s => s.Position == half));

        // When the server restarts, and the rest of the story is appended afterwards
        await server.RestartServerAsync();
        await SeedLog.AppendAsync(store, events.Skip(events.Count / 2));

        // Then the daemon is still running and projects the rest
        var head = await store.GetHeadPositionAsync();
        await WaitUntilAsync(async () => (await daemon.GetStatusesAsync()).All(s => s.Position == head));
        Assert.False(running.IsCompleted);
        await DaemonAssertions.BothMatchFoldAsync(daemon, database, store);

        await stop.CancelAsync();
        await running.WaitAsync(TimeSpan.FromSeconds(10));
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        // Generous: this checks that it happens, not how fast.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!await condition())
        {
            await Task.Delay(50, timeout.Token);
        }
    }
}
