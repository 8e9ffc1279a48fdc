using System.Collections.Concurrent;
using Story.Audit;

namespace Story.Store.Tests.Contract;

public abstract partial class EventStoreContract
{
    [Fact]
    public async Task Concurrency_ManyWritersWhileSubscribed_SubscriberSeesEveryPositionOnceInOrder()
    {
        // Given a live subscriber
        const int Writers = 4;
        const int AppendsPerWriter = 50;
        const int Racers = 4;
        const int AttemptsPerRacer = 15;
        await using var probe = SubscriptionProbe.Start(Store, 0);
        var watching = Task.Run(() => probe.TakeUntilAsync(e => e.EventType == "writers-finished", "the writers-finished marker"));
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // When writers append to their own streams while racers fight over one stream with the same expected version
        var writers = Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
        {
            await start.Task;
            for (var i = 0; i < AppendsPerWriter; i++)
            {
                await Store.AppendAsync($"story-writer-{w}", ExpectedVersion.Exact(i), [NewEvent(note: $"writer {w} event {i}")]);
            }
        }));
        var wins = new ConcurrentBag<(long ExpectedVersion, Guid EventId)>();
        var racers = Enumerable.Range(0, Racers).Select(r => Task.Run(async () =>
        {
            await start.Task;
            for (var i = 0; i < AttemptsPerRacer; i++)
            {
                var version = await Store.GetStreamVersionAsync("story-contested");
                var attempt = NewEvent(note: $"racer {r} attempt {i}");
                try
                {
                    await Store.AppendAsync("story-contested", ExpectedVersion.Exact(version), [attempt]);
                    wins.Add((version, attempt.EventId));
                }
                catch (WrongExpectedVersionException)
                {
                    // Another racer got there first.
                }
            }
        }));
        var all = writers.Concat(racers).ToList();
        start.SetResult();
        await Task.WhenAll(all);

        // Then every version of the contested stream has exactly one winner
        var contested = await ReadStreamAsync("story-contested");
        var winsByVersion = wins.GroupBy(w => w.ExpectedVersion).ToDictionary(g => g.Key, g => g.Select(w => w.EventId).ToList());
        Assert.All(winsByVersion, kv => Assert.Single(kv.Value));
        Assert.Equal(Enumerable.Range(0, contested.Count).Select(v => (long)v), winsByVersion.Keys.Order());
        Assert.Equal(contested.Select(e => e.EventId), winsByVersion.OrderBy(kv => kv.Key).Select(kv => kv.Value[0]));

        // And every writer's stream is complete and in order
        for (var w = 0; w < Writers; w++)
        {
            var stream = await ReadStreamAsync($"story-writer-{w}");
            Assert.Equal(Enumerable.Range(1, AppendsPerWriter).Select(v => (long)v), stream.Select(e => e.StreamVersion));
        }

        // And the subscriber, reading all along, saw every position exactly once, in order
        await Store.AppendAsync("story-marker", ExpectedVersion.NoStream, [NewEvent("writers-finished")]);
        var seen = await watching;
        var head = await Store.GetHeadPositionAsync();
        Assert.Equal((Writers * AppendsPerWriter) + contested.Count + 1, head);
        Assert.Equal(Enumerable.Range(1, (int)head).Select(p => (long)p), seen.Select(e => e.Position));

        var verification = await ChainVerifier.VerifyAsync(Store);
        Assert.True(verification.IsIntact, verification.Problem);
    }
}
