namespace Story.Store.Tests.Contract;

/// <summary>
/// Holds a live subscription open across a test and takes events from it one at a time, waiting generously for
/// each, so a test can append between takes. A wait that runs out fails the test with what was seen.
/// </summary>
public sealed class SubscriptionProbe : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly IAsyncEnumerator<RecordedEvent> _events;
    private readonly TimeSpan _patience;
    private Task<bool>? _pending;

    private SubscriptionProbe(IEventSubscriber subscriber, long afterPosition, SubscriptionFilter? filter, TimeSpan patience)
    {
        _patience = patience;
        _events = subscriber.SubscribeAsync(afterPosition, filter, _stop.Token).GetAsyncEnumerator(_stop.Token);
    }

    public static SubscriptionProbe Start(IEventSubscriber subscriber, long afterPosition, SubscriptionFilter? filter = null) =>
        new(subscriber, afterPosition, filter, EventStoreContract.Patience);

    public async Task<IReadOnlyList<RecordedEvent>> TakeAsync(int count)
    {
        var taken = new List<RecordedEvent>();
        while (taken.Count < count)
        {
            taken.Add(await NextAsync(taken, $"{count} events"));
        }

        return taken;
    }

    /// <summary>Takes events until one at <paramref name="position"/> (or later) arrives.</summary>
    public Task<IReadOnlyList<RecordedEvent>> TakeThroughAsync(long position) =>
        TakeUntilAsync(e => e.Position >= position, $"events through position {position}");

    /// <summary>Takes events until one that is <paramref name="last"/> arrives, and returns it with all before it.</summary>
    public async Task<IReadOnlyList<RecordedEvent>> TakeUntilAsync(Func<RecordedEvent, bool> last, string description = "the last event")
    {
        var taken = new List<RecordedEvent>();
        while (taken.Count == 0 || !last(taken[^1]))
        {
            taken.Add(await NextAsync(taken, description));
        }

        return taken;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_pending is not null)
        {
            try
            {
                await _pending;
            }
            catch (OperationCanceledException)
            {
                // The subscription ended because we stopped it.
            }
        }

        try
        {
            await _events.DisposeAsync();
        }
        catch (OperationCanceledException)
        {
            // Same.
        }

        _stop.Dispose();
    }

    private async Task<RecordedEvent> NextAsync(List<RecordedEvent> takenSoFar, string wanted)
    {
        _pending = _events.MoveNextAsync().AsTask();
        bool moved;
        try
        {
            moved = await _pending.WaitAsync(_patience);
        }
        catch (TimeoutException)
        {
            throw new Xunit.Sdk.XunitException(
                $"Waited {_patience.TotalSeconds} s for {wanted} but received {takenSoFar.Count}: positions [{string.Join(", ", takenSoFar.Select(e => e.Position))}].");
        }

        _pending = null;
        return moved ? _events.Current : throw new Xunit.Sdk.XunitException($"The subscription ended while waiting for {wanted}.");
    }
}
