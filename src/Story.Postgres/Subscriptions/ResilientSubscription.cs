using System.Runtime.CompilerServices;
using Story.Postgres.Connection;
using Story.Store;
using Story.Subscriptions;

namespace Story.Postgres.Subscriptions;

/// <summary>
/// A catch-up subscription that outlives the database going away: when a read fails because PostgreSQL is
/// unreachable it waits (exponential backoff, capped) and resumes after the last position it yielded, so the
/// subscriber sees every event once and never sees the failure.
/// </summary>
internal static class ResilientSubscription
{
    public static async IAsyncEnumerable<RecordedEvent> RunAsync(
        IEventReader reader,
        NotificationListener listener,
        long afterPosition,
        SubscriptionFilter? filter,
        Backoff backoff,
        Action<StoreRetry>? onRetry,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var last = afterPosition;
        var attempt = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            StoreUnavailableException? failure = null;
            await using (var events = CatchUpSubscription.RunAsync(reader, listener.WaitAsync, last, filter, cancellationToken).GetAsyncEnumerator(cancellationToken))
            {
                while (failure is null)
                {
                    bool moved;
                    try
                    {
                        moved = await events.MoveNextAsync();
                    }
                    catch (StoreUnavailableException ex)
                    {
                        failure = ex;
                        break;
                    }
                    catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                    {
                        yield break;
                    }

                    if (!moved)
                    {
                        yield break;
                    }

                    attempt = 0;
                    last = events.Current.Position;
                    yield return events.Current;
                }
            }

            attempt++;
            var delay = backoff.DelayFor(attempt);
            onRetry?.Invoke(new StoreRetry("subscription", attempt, delay, failure));
            try
            {
                await Task.Delay(delay, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                yield break;
            }
        }
    }
}
