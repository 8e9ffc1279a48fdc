using System.Collections.Concurrent;
using System.Diagnostics;
using Story.Bench.Engines;
using Story.Bench.Generation;
using Story.Bench.Harness;
using Story.Bench.Serving;
using Story.Facts;
using Story.Store;

namespace Story.Bench.Scenarios;

/// <summary>
/// Latency from an append's commit to its delivery to a live subscriber: from the moment <c>AppendAsync</c> returns
/// (the commit is done) to the moment the subscriber's loop receives the event, zero when it arrived first (an
/// in-process wake can beat the call's return). The note also gives it from the call's start, commit included. One fact per append,
/// spaced a few milliseconds apart so the subscriber is idle and live, not catching up. Two subscribers: on the
/// store instance that appends (woken in process), and on a second instance of the same store (SQLite: its polling
/// path, as another process sees it; PostgreSQL: LISTEN/NOTIFY from another connection pool). Then a client of the
/// real server: the Story server hosted in this process on a loopback port over the appending store, and an
/// <see cref="HttpClient"/> reading <c>GET /api/stream</c> (delivered when the event's closing blank line is read).
/// </summary>
public static class SubscriptionScenario
{
    public static async Task RunAsync(BenchContext context, BenchEngine engine, CancellationToken cancellationToken)
    {
        await context.EnsurePopulatedAsync(engine, cancellationToken);
        await MeasureAsync(context, engine, Subscriber(engine.Store), "same instance", cancellationToken);
        if (engine.Name == EngineNames.Sqlite)
        {
            // Another process learns of an append only by polling: at the default interval, and at a shorter one.
            await using (var polling = await engine.OpenSecondInstanceAsync(null, cancellationToken))
            {
                await MeasureAsync(context, engine, Subscriber(polling), $"second instance (polling, default {new Sqlite.SqliteStoreOptions().SubscriptionPollInterval.TotalMilliseconds:F0} ms)", cancellationToken);
            }

            await using (var faster = await engine.OpenSecondInstanceAsync(TimeSpan.FromMilliseconds(20), cancellationToken))
            {
                await MeasureAsync(context, engine, Subscriber(faster), "second instance (polling every 20 ms)", cancellationToken);
            }
        }
        else
        {
            await using var second = await engine.OpenSecondInstanceAsync(null, cancellationToken);
            await MeasureAsync(context, engine, Subscriber(second), "second instance (LISTEN/NOTIFY)", cancellationToken);
        }

        await using var server = await LoopbackStoryServer.StartAsync(engine.Store, ServerLocation(engine), cancellationToken);
        using var client = new HttpClient { BaseAddress = server.Address, Timeout = Timeout.InfiniteTimeSpan };
        await MeasureAsync(context, engine, ServerSentEvents(client), "SSE client of the server (GET /api/stream)", cancellationToken);
    }

    /// <summary>Listens from a position, reporting each delivered position with the Stopwatch timestamp of its arrival.</summary>
    private delegate Task Listener(long afterPosition, Action<long, long> delivered, CancellationToken cancellationToken);

    private static Listener Subscriber(IEventSubscriber subscriber) =>
        async (after, delivered, cancellationToken) =>
        {
            await foreach (var e in subscriber.SubscribeAsync(after, cancellationToken: cancellationToken))
            {
                delivered(e.Position, Stopwatch.GetTimestamp());
            }
        };

    private static Listener ServerSentEvents(HttpClient client) =>
        async (after, delivered, cancellationToken) =>
        {
            using var response = await SseFactReader.ConnectAsync(client, after, cancellationToken);
            await SseFactReader.ReadAsync(response, delivered, cancellationToken);
        };

    private static string ServerLocation(BenchEngine engine) =>
        engine.Name == EngineNames.Sqlite ? "sqlite:" + engine.Location : "postgres:" + engine.Location;

    private static async Task MeasureAsync(BenchContext context, BenchEngine engine, Listener listener, string kind, CancellationToken cancellationToken)
    {
        var store = engine.Store;

        // Keyed by position and created by whichever side comes first: delivery can beat the append call's return.
        var deliveries = new ConcurrentDictionary<long, TaskCompletionSource<long>>();
        TaskCompletionSource<long> Delivery(long position) =>
            deliveries.GetOrAdd(position, static _ => new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously));

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var head = await store.GetHeadPositionAsync(cancellationToken);
        var listening = Task.Run(
            async () =>
            {
                try
                {
                    await listener(head, (position, at) => Delivery(position).TrySetResult(at), stop.Token);
                }
                catch (Exception ex) when (stop.IsCancellationRequested && ex is OperationCanceledException or IOException or HttpRequestException)
                {
                    // Stopped on purpose (a cancelled HTTP read may surface as an I/O error).
                }
            },
            CancellationToken.None);

        var random = new Random(context.Settings.Seed + 1);
        var latencies = new Latencies();
        var fromCall = new Latencies();
        var appendOnly = new Latencies();
        const int warmUp = 5;
        var samples = context.Settings.SubscriptionSamples;
        for (var i = 0; i < samples + warmUp; i++)
        {
            var probe = ProbeEvent(i);
            var start = Stopwatch.GetTimestamp();
            var result = await store.AppendAsync(SyntheticStory.StreamId, ExpectedVersion.Any, [probe], cancellationToken);
            var appended = Stopwatch.GetTimestamp();
            var delivered = Delivery(result.Positions[0]);
            var at = await Task.WhenAny(delivered.Task, listening, Task.Delay(TimeSpan.FromSeconds(10), cancellationToken)) == delivered.Task
                ? await delivered.Task
                : throw new TimeoutException($"Event {probe.EventId} at position {result.Positions[0]} was not delivered within 10 s by the {kind} subscriber.", listening.Exception);
            deliveries.TryRemove(result.Positions[0], out _);
            if (i >= warmUp)
            {
                latencies.Add(appended, Math.Max(at, appended));
                fromCall.Add(start, at);
                appendOnly.Add(start, appended);
            }

            context.Progress.Step($"{engine.Name}: subscription, {kind}", i + 1, samples + warmUp);
            await Task.Delay(random.Next(5, 25), cancellationToken);
        }

        await stop.CancelAsync();
        if (await Task.WhenAny(listening, Task.Delay(TimeSpan.FromSeconds(10), CancellationToken.None)) != listening)
        {
            throw new TimeoutException($"The {kind} subscriber did not stop within 10 s.");
        }

        await listening;
        var p99 = latencies.Percentile(99);
        context.Add(new ResultRow(ScenarioNames.Subscription, engine.Name, $"commit -> delivered, {kind}, p50", latencies.Percentile(50), "ms")
        {
            Note = $"from the append call's start (commit included): p50 {fromCall.Percentile(50):F2} ms, p99 {fromCall.Percentile(99):F2} ms; the append call alone: p50 {appendOnly.Percentile(50):F2} ms, p99 {appendOnly.Percentile(99):F2} ms",
        });
        context.Add(new ResultRow(ScenarioNames.Subscription, engine.Name, $"commit -> delivered, {kind}, p99", p99, "ms")
        {
            Target = "<= 50 ms",
            Met = p99 <= 50,
            Note = $"max {latencies.Max:F1} ms over {latencies.Count} appends",
        });
    }

    // A dispute quoting a report the story never publishes: a valid fact that leaves the synthetic claims' statuses alone.
    // Fresh ids: an id the story already holds would make the append a no-op, with nothing to deliver.
    private static EventData ProbeEvent(int index)
    {
        var quote = new QuoteSpan(0, 12, "probe quote.");
        var fact = new ClaimDisputed("c0000000", SyntheticStory.StoryId, "probe-report", "bench", quote, "subscription probe " + index, DateTimeOffset.UtcNow);
        return FactJson.ToEventData(fact, Guid.NewGuid(), new EventMetadata(Actor: "bench-subscription"));
    }
}
