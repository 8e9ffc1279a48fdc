using System.Collections.Concurrent;
using Story.Postgres;

namespace Story.Store.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresSubscriptionTests(PostgresServerFixture server)
{
    private static readonly int[] BatchSizes = [1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 4, 1];

    [Fact]
    public async Task Subscribe_WhileEightWritersAppendConcurrently_SeesEveryEventOnceInGapFreeOrder()
    {
        // Given a subscriber from the start of the log, in its own store (as another process would be)
        const int writers = 8;
        const int eventsPerWriter = 1000;
        const int total = writers * eventsPerWriter;
        var database = await server.CreateDatabaseAsync();
        await using var left = await PostgresEventStore.OpenAsync(database);
        await using var right = await PostgresEventStore.OpenAsync(database);
        await using var subscriberStore = await PostgresEventStore.OpenAsync(database);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var subscription = Task.Run(() => CollectAsync(subscriberStore, total, timeout.Token));

        // When eight writers on two stores append 1,000 events each, in batches of varied sizes, to streams of their own
        var written = await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(() => WriteAsync(w % 2 == 0 ? left : right, w, eventsPerWriter))));
        var seen = await subscription;

        // Then the subscriber saw every event exactly once, at positions 1, 2, 3... with none skipped or out of order
        Assert.Equal(total, seen.Count);
        Assert.Equal(Enumerable.Range(1, total).Select(p => (long)p), seen.Select(e => e.Position));
        Assert.Equal(written.SelectMany(ids => ids).Order(), seen.Select(e => e.EventId).Order());
        Assert.All(seen.GroupBy(e => e.StreamId), stream =>
            Assert.Equal(Enumerable.Range(1, stream.Count()).Select(v => (long)v), stream.Select(e => e.StreamVersion)));
    }

    [Fact]
    public async Task Subscribe_WhenTheServerRestartsMidRun_ResumesWithoutMissingOrRepeatingEvents()
    {
        // Given a live subscriber that has seen the first half of the events
        const int total = 300;
        const int batchSize = 10;
        var database = await server.CreateDatabaseAsync();
        var retries = new ConcurrentQueue<StoreRetry>();
        var options = new PostgresStoreOptions { OnRetry = retries.Enqueue, RetryInitialDelay = TimeSpan.FromMilliseconds(50), RetryMaxDelay = TimeSpan.FromSeconds(1) };
        await using var writer = await PostgresEventStore.OpenAsync(database);
        await using var subscriberStore = await PostgresEventStore.OpenAsync(database, options);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var progress = new StrongBox();
        var subscription = Task.Run(() => CollectAsync(subscriberStore, total, timeout.Token, progress));
        var written = new List<Guid>();
        for (var i = 0; i < total / batchSize; i++)
        {
            if (i == total / batchSize / 2)
            {
                await WaitForAsync(() => Volatile.Read(ref progress.Count) >= total / 2, timeout.Token);

                // When the server restarts under it
                await server.RestartServerAsync();
            }

            var batch = TestEvents.Claims("restart", batchSize, firstNumber: (i * batchSize) + 1);
            await AppendRetryingAsync(writer, "story-restart", batch, timeout.Token);
            written.AddRange(batch.Select(e => e.EventId));
        }

        var seen = await subscription;

        // Then it carried on by itself: every event once, in order, and the outage was reported rather than thrown
        Assert.Equal(Enumerable.Range(1, total).Select(p => (long)p), seen.Select(e => e.Position));
        Assert.Equal(written, seen.Select(e => e.EventId));
        Assert.NotEmpty(retries);
    }

    private static async Task<List<RecordedEvent>> CollectAsync(PostgresEventStore store, int count, CancellationToken cancellationToken, StrongBox? progress = null)
    {
        var seen = new List<RecordedEvent>(count);
        await foreach (var e in store.SubscribeAsync(0, cancellationToken: cancellationToken))
        {
            seen.Add(e);
            if (progress is not null)
            {
                Volatile.Write(ref progress.Count, seen.Count);
            }

            if (seen.Count == count)
            {
                break;
            }
        }

        return seen;
    }

    private static async Task<List<Guid>> WriteAsync(PostgresEventStore store, int writer, int count)
    {
        var ids = new List<Guid>(count);
        var versions = new Dictionary<string, long>();
        for (var (written, batchNumber) = (0, 0); written < count; batchNumber++)
        {
            var size = Math.Min(BatchSizes[(batchNumber + writer) % BatchSizes.Length], count - written);
            var stream = $"story-w{writer}-{batchNumber % 3}";
            var batch = TestEvents.Claims($"w{writer}", size, firstNumber: written + 1);
            var version = versions.GetValueOrDefault(stream);
            await store.AppendAsync(stream, ExpectedVersion.Exact(version), batch);
            versions[stream] = version + size;
            ids.AddRange(batch.Select(e => e.EventId));
            written += size;
        }

        return ids;
    }

    /// <summary>Appends through an outage the way a careful client does: the same event ids again until it succeeds.</summary>
    private static async Task AppendRetryingAsync(PostgresEventStore store, string stream, List<EventData> batch, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                await store.AppendAsync(stream, ExpectedVersion.Any, batch, cancellationToken);
                return;
            }
            catch (StoreUnavailableException)
            {
                await Task.Delay(100, cancellationToken);
            }
        }
    }

    private static async Task WaitForAsync(Func<bool> condition, CancellationToken cancellationToken)
    {
        while (!condition())
        {
            await Task.Delay(20, cancellationToken);
        }
    }

    private sealed class StrongBox
    {
        public int Count;
    }
}
