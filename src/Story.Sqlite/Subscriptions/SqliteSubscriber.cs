using System.Runtime.CompilerServices;
using Story.Store;
using Story.Subscriptions;

namespace Story.Sqlite.Subscriptions;

/// <summary>
/// Catch-up-then-live over the events table. Appends through this store wake subscribers at once; appends by other
/// processes sharing the file are found by polling. The poll is the catch-up read itself: an empty range read on
/// the primary key, as cheap as asking for max(position), and it returns the new events when there are some.
/// </summary>
internal sealed class SqliteSubscriber(IEventReader reader, AppendSignal signal, CancellationToken storeClosing) : IEventSubscriber
{
    public async IAsyncEnumerable<RecordedEvent> SubscribeAsync(long afterPosition, SubscriptionFilter? filter = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(afterPosition);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, storeClosing);
        await foreach (var e in CatchUpSubscription.RunAsync(reader, signal.WaitAsync, afterPosition, filter, stop.Token))
        {
            yield return e;
        }
    }
}
