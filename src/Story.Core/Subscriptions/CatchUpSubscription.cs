using System.Runtime.CompilerServices;
using Story.Store;

namespace Story.Subscriptions;

/// <summary>
/// Catch-up-then-live over any reader whose positions are committed in order (no later position becomes
/// visible before an earlier one). Reads everything after the last position seen, then waits to be woken.
/// </summary>
public static class CatchUpSubscription
{
    /// <param name="reader">Where events are read from.</param>
    /// <param name="waitForAppend">Completes when new events may have been committed (or after a poll interval).</param>
    /// <param name="afterPosition">The last position the subscriber has seen.</param>
    /// <param name="filter">Which events to yield; positions of skipped events still advance.</param>
    /// <param name="cancellationToken">Stops the subscription.</param>
    public static async IAsyncEnumerable<RecordedEvent> RunAsync(
        IEventReader reader,
        Func<CancellationToken, Task> waitForAppend,
        long afterPosition,
        SubscriptionFilter? filter,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var last = afterPosition;
        while (!cancellationToken.IsCancellationRequested)
        {
            var sawAny = false;
            await foreach (var e in reader.ReadAllAsync(last, cancellationToken))
            {
                sawAny = true;
                last = e.Position;
                if (filter is null || filter.Matches(e))
                {
                    yield return e;
                }
            }

            if (!sawAny)
            {
                try
                {
                    await waitForAppend(cancellationToken);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    yield break;
                }
            }
        }
    }
}
