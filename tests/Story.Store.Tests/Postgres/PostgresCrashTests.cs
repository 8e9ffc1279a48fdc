using Npgsql;
using Story.Audit;
using Story.Postgres;

namespace Story.Store.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresCrashTests(PostgresServerFixture server)
{
    [Fact]
    public async Task Append_WhenItsServerProcessIsKilledMidBatch_LeavesTheWholeBatchOrNone()
    {
        // Given a committed batch, and a second large batch whose server process is caught inside its transaction:
        // its events are inserted, and it waits on the stream row we hold locked
        var database = await server.CreateDatabaseAsync();
        var writerConnection = new NpgsqlConnectionStringBuilder(database) { ApplicationName = "story-crash-writer" }.ConnectionString;
        var committed = TestEvents.Claims("crash", 500);
        var doomed = TestEvents.Claims("crash", 5000, firstNumber: 501);
        Task<AppendResult> inFlight;
        int backendPid;
        await using (var writer = await PostgresEventStore.OpenAsync(writerConnection))
        {
            await writer.AppendAsync("story-crash", ExpectedVersion.NoStream, committed);
            await using var locker = new NpgsqlConnection(database);
            await locker.OpenAsync();
            await using var holding = await locker.BeginTransactionAsync();
            await using (var hold = new NpgsqlCommand("SELECT 1 FROM story.streams WHERE id = 'story-crash' FOR UPDATE", locker, holding))
            {
                await hold.ExecuteNonQueryAsync();
            }

            inFlight = writer.AppendAsync("story-crash", ExpectedVersion.Exact(500), doomed);
            backendPid = await WaitForBackendBlockedOnStreamsAsync(database);

            // When that process is killed with SIGKILL (the server then recovers from its write-ahead log)
            await server.KillBackendAsync(backendPid);

            // Then the writer is told the store was lost
            await Assert.ThrowsAsync<StoreUnavailableException>(() => inFlight);
        }

        // And afterwards the log holds the whole first batch and nothing of the second, with the chain intact
        await using var store = await PostgresEventStore.OpenAsync(database);
        var log = await store.ReadAllAsync().ToListAsync();
        Assert.Equal(committed.Select(e => e.EventId), log.Select(e => e.EventId));
        Assert.Equal(500, await store.GetStreamVersionAsync("story-crash"));
        Assert.True((await ChainVerifier.VerifyAsync(store)).IsIntact);

        // And the same batch can simply be appended again
        var retried = await store.AppendAsync("story-crash", ExpectedVersion.Exact(500), doomed);
        Assert.Equal(Enumerable.Range(501, 5000).Select(p => (long)p), retried.Positions);
        var verification = await ChainVerifier.VerifyAsync(store);
        Assert.True(verification.IsIntact, verification.Problem);
        Assert.Equal(5500, verification.Checked);
    }

    private static async Task<int> WaitForBackendBlockedOnStreamsAsync(string database)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var pids = await Sql.ColumnAsync<int>(database, """
                SELECT pid FROM pg_stat_activity
                WHERE application_name = 'story-crash-writer' AND wait_event_type = 'Lock' AND query LIKE 'INSERT INTO story.streams%'
                """);
            if (pids.Count == 1)
            {
                return pids[0];
            }

            await Task.Delay(20, timeout.Token);
        }
    }
}
