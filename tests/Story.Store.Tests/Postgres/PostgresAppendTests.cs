using Story.Audit;
using Story.Postgres;

namespace Story.Store.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresAppendTests(PostgresServerFixture server)
{
    [Fact]
    public async Task Append_ThenRead_ReturnsTheSameEventsWithAnIntactHashChain()
    {
        // Given a store on a fresh database, and a batch of facts
        var clock = new SteppingClock(new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.Zero).AddTicks(1234567));
        await using var store = await PostgresEventStore.OpenAsync(await server.CreateDatabaseAsync(), new PostgresStoreOptions { TimeProvider = clock });
        var first = TestEvents.Claims("a", 3);
        var second = TestEvents.Claims("b", 2);

        // When they are appended to two streams
        var a = await store.AppendAsync("story-a", ExpectedVersion.NoStream, first);
        var b = await store.AppendAsync("story-b", ExpectedVersion.NoStream, second);

        // Then they read back with the store's envelope: positions, versions, the clock's time, and the same content
        Assert.Equal([1L, 2L, 3L], a.Positions);
        Assert.Equal([4L, 5L], b.Positions);
        var log = await store.ReadAllAsync().ToListAsync();
        Assert.Equal(first.Concat(second).Select(e => e.EventId), log.Select(e => e.EventId));
        foreach (var (written, read) in first.Concat(second).Zip(log))
        {
            Assert.Equal(written.EventType, read.EventType);
            Assert.Equal(CanonicalJson.Normalize(written.Data), CanonicalJson.Normalize(read.Data));
            Assert.Equal(written.Metadata.Actor, read.Metadata.Actor);
            Assert.Equal(written.Metadata.Properties, read.Metadata.Properties);
        }

        Assert.Equal(StoreClock.Truncate(clock.Start), log[0].RecordedAt);
        Assert.Equal([1L, 2L], (await store.ReadStreamAsync("story-b").ToListAsync()).Select(e => e.StreamVersion));
        Assert.Equal(5, await store.GetHeadPositionAsync());
        Assert.Equal(3, await store.GetStreamVersionAsync("story-a"));
        Assert.Equal(HashChain.Genesis, log[0].PreviousHash);
        var verification = await ChainVerifier.VerifyAsync(store);
        Assert.True(verification.IsIntact, verification.Problem);
        Assert.Equal(log[^1].Hash, verification.HeadHash);
    }

    [Fact]
    public async Task Append_BodyThatJsonbRewrites_StillVerifies()
    {
        // Given bodies PostgreSQL's jsonb stores differently from how they were sent (exponents, trailing zeros, key order)
        await using var store = await PostgresEventStore.OpenAsync(await server.CreateDatabaseAsync());
        var events = new[]
        {
            new EventData(Guid.NewGuid(), "measured", """{"z":1e2,"a":1.50,"m":[2E-3,-0.0],"s":"caf\u00e9"}""", EventMetadata.Empty),
            new EventData(Guid.NewGuid(), "measured", """{ "nested" : { "y" : 10000000000000000000000, "x" : true } }""", EventMetadata.Empty),
        };

        // When they are appended and the chain is recomputed from what is read back
        await store.AppendAsync("measurements", ExpectedVersion.Any, events);
        var verification = await ChainVerifier.VerifyAsync(store);

        // Then every hash holds
        Assert.True(verification.IsIntact, verification.Problem);
        Assert.Equal(2, verification.Checked);
    }

    [Fact]
    public async Task Append_WithWrongExpectedVersion_ThrowsWrongExpectedVersionAndAppendsNothing()
    {
        // Given a stream at version 2
        await using var store = await PostgresEventStore.OpenAsync(await server.CreateDatabaseAsync());
        await store.AppendAsync("story-a", ExpectedVersion.NoStream, TestEvents.Claims("a", 2));

        // When a writer that believes it is at version 1 appends
        var late = TestEvents.Claims("a", 3, firstNumber: 3);
        var thrown = await Assert.ThrowsAsync<WrongExpectedVersionException>(() => store.AppendAsync("story-a", ExpectedVersion.Exact(1), late));

        // Then it learns the actual version, and none of its events were stored
        Assert.Equal(2, thrown.ActualVersion);
        Assert.Equal(ExpectedVersion.Exact(1), thrown.Expected);
        Assert.Equal(2, await store.GetHeadPositionAsync());
        Assert.Equal(2, await store.GetStreamVersionAsync("story-a"));
        await Assert.ThrowsAsync<WrongExpectedVersionException>(() => store.AppendAsync("story-a", ExpectedVersion.NoStream, late));
        await Assert.ThrowsAsync<WrongExpectedVersionException>(() => store.AppendAsync("story-new", ExpectedVersion.StreamExists, late));
    }

    [Fact]
    public async Task Append_WhenTheStreamVersionWasTakenBehindTheStoresBack_ThrowsWrongExpectedVersion()
    {
        // Given an event inserted directly (not through the store) at version 1 of a stream the streams table does not know
        var database = await server.CreateDatabaseAsync();
        await using var store = await PostgresEventStore.OpenAsync(database);
        await store.AppendAsync("story-other", ExpectedVersion.NoStream, TestEvents.Claims("other", 1));
        await Sql.ExecuteAsync(database, $$"""
            INSERT INTO story.events (seq_id, id, stream_id, version, type, data, metadata, recorded_at, previous_hash, hash)
            VALUES (1000, '{{Guid.NewGuid()}}', 'story-a', 1, 'claim-reported', '{}', '{}', now(), 'x', 'y')
            """);

        // When the store appends to that stream believing it is new
        var attempt = () => store.AppendAsync("story-a", ExpectedVersion.NoStream, TestEvents.Claims("a", 1));

        // Then the unique (stream_id, version) violation surfaces as the typed concurrency failure
        await Assert.ThrowsAsync<WrongExpectedVersionException>(attempt);
    }

    [Fact]
    public async Task Append_AgainWithTheSameEventIds_ReturnsTheOriginalPositionsWhateverTheExpectedVersion()
    {
        // Given a batch that was appended
        await using var store = await PostgresEventStore.OpenAsync(await server.CreateDatabaseAsync());
        var batch = TestEvents.Claims("a", 3);
        var original = await store.AppendAsync("story-a", ExpectedVersion.NoStream, batch);
        await store.AppendAsync("story-a", ExpectedVersion.Exact(3), TestEvents.Claims("a", 1, firstNumber: 4));

        // When it is retried with a now-stale expected version
        var retried = await store.AppendAsync("story-a", ExpectedVersion.NoStream, batch);

        // Then nothing is stored twice and the original positions come back
        Assert.Equal(original.Positions, retried.Positions);
        Assert.Equal(0, retried.Appended);
        Assert.Equal(3, retried.AlreadyStored);
        Assert.Equal(4, await store.GetHeadPositionAsync());
    }

    [Fact]
    public async Task Append_SameStreamSameExpectedVersionFromRacingWriters_ExactlyOneWinsEachVersion()
    {
        // Given four writers (two stores, as two processes would have) racing on one stream
        var database = await server.CreateDatabaseAsync();
        await using var left = await PostgresEventStore.OpenAsync(database);
        await using var right = await PostgresEventStore.OpenAsync(database);
        var writers = new[] { left, right, left, right };
        const int versions = 40;

        for (var version = 0; version < versions; version++)
        {
            // When all of them append at the same moment, each believing the stream is at this version
            var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var expected = ExpectedVersion.Exact(version);
            var attempts = writers.Select(w => Task.Run(async () =>
            {
                await start.Task;
                try
                {
                    await w.AppendAsync("story-race", expected, [TestEvents.Claim("race", version)]);
                    return true;
                }
                catch (WrongExpectedVersionException ex) when (ex.ActualVersion == version + 1)
                {
                    return false;
                }
            })).ToArray();
            start.SetResult();
            var outcomes = await Task.WhenAll(attempts);

            // Then exactly one of them wins, and the losers were told the version the winner made
            Assert.Equal(1, outcomes.Count(won => won));
        }

        Assert.Equal(versions, await left.GetStreamVersionAsync("story-race"));
        Assert.Equal(Enumerable.Range(1, versions).Select(v => (long)v), (await left.ReadStreamAsync("story-race").ToListAsync()).Select(e => e.StreamVersion));
    }

    [Fact]
    public async Task Read_LogLongerThanOnePage_ReturnsEveryEventInOrder()
    {
        // Given a store that reads seven rows per query, and 30 events in two streams
        await using var store = await PostgresEventStore.OpenAsync(await server.CreateDatabaseAsync(), new PostgresStoreOptions { ReadPageSize = 7 });
        await store.AppendAsync("story-a", ExpectedVersion.NoStream, TestEvents.Claims("a", 16));
        await store.AppendAsync("story-b", ExpectedVersion.NoStream, TestEvents.Claims("b", 14));

        // When the log and a stream are read across page boundaries
        var all = await store.ReadAllAsync().ToListAsync();
        var afterTen = await store.ReadAllAsync(10).ToListAsync();
        var stream = await store.ReadStreamAsync("story-a", fromVersion: 2).ToListAsync();

        // Then nothing is skipped or repeated
        Assert.Equal(Enumerable.Range(1, 30).Select(p => (long)p), all.Select(e => e.Position));
        Assert.Equal(Enumerable.Range(11, 20).Select(p => (long)p), afterTen.Select(e => e.Position));
        Assert.Equal(Enumerable.Range(2, 15).Select(v => (long)v), stream.Select(e => e.StreamVersion));
    }
}
