using Story.Audit;
using Story.KurrentDb;

namespace Story.Store.Tests.KurrentDb;

/// <summary>
/// KurrentDB-specific behaviour against a real server (STORY_TEST_KURRENTDB). Skipped, and reported as skipped,
/// when no server is named: none of these has run where there was no KurrentDB.
/// </summary>
public sealed class KurrentDbServerTests : IAsyncLifetime
{
    private KurrentDbEventStore _store = null!;

    public Task InitializeAsync()
    {
        if (KurrentDbTestServer.ConnectionString is not null)
        {
            _store = KurrentDbTestServer.CreateIsolatedStore(TimeProvider.System);
        }

        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }
    }

    private static EventData NewEvent(string note) =>
        new(Guid.NewGuid(), "thing-noted", $"{{\"note\":\"{note}\"}}", new EventMetadata(Actor: "desk-kyiv"));

    [KurrentDbFact]
    public async Task Server_Health_IsReachable() => await _store.CheckHealthAsync();

    [KurrentDbFact]
    public async Task Server_AppendTwoStories_LogHasGapFreePositionsAndIntactChain()
    {
        // When
        await _store.AppendAsync("story-kyiv", ExpectedVersion.NoStream, [NewEvent("a"), NewEvent("b")]);
        await _store.AppendAsync("story-gaza", ExpectedVersion.NoStream, [NewEvent("c")]);
        await _store.AppendAsync("story-kyiv", ExpectedVersion.Exact(2), [NewEvent("d")]);

        // Then
        var all = new List<RecordedEvent>();
        await foreach (var e in _store.ReadAllAsync())
        {
            all.Add(e);
        }

        Assert.Equal([1L, 2L, 3L, 4L], all.Select(e => e.Position));
        Assert.Equal(4, await _store.GetHeadPositionAsync());
        Assert.Equal(3, await _store.GetStreamVersionAsync("story-kyiv"));
        Assert.True((await ChainVerifier.VerifyAsync(_store)).IsIntact);

        var kyiv = new List<RecordedEvent>();
        await foreach (var e in _store.ReadStreamAsync("story-kyiv"))
        {
            kyiv.Add(e);
        }

        Assert.Equal([1L, 2L, 4L], kyiv.Select(e => e.Position));
    }

    [KurrentDbFact]
    public async Task Server_WrongExpectedVersion_AppendsNothing()
    {
        await _store.AppendAsync("story-kyiv", ExpectedVersion.NoStream, [NewEvent("a")]);

        var failure = await Assert.ThrowsAsync<WrongExpectedVersionException>(() =>
            _store.AppendAsync("story-kyiv", ExpectedVersion.NoStream, [NewEvent("b")]));

        Assert.Equal(1, failure.ActualVersion);
        Assert.Equal(1, await _store.GetHeadPositionAsync());
    }

    [KurrentDbFact]
    public async Task Server_Subscription_CatchesUpThenGoesLive()
    {
        // Given one event before subscribing
        await _store.AppendAsync("story-kyiv", ExpectedVersion.NoStream, [NewEvent("before")]);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var seen = new List<long>();
        var watching = Task.Run(async () =>
        {
            await foreach (var e in _store.SubscribeAsync(0, cancellationToken: stop.Token))
            {
                seen.Add(e.Position);
                if (seen.Count == 2)
                {
                    return;
                }
            }
        });

        // When one more is appended
        await _store.AppendAsync("story-kyiv", ExpectedVersion.Exact(1), [NewEvent("after")]);
        await watching;

        // Then
        Assert.Equal([1L, 2L], seen);
    }
}
