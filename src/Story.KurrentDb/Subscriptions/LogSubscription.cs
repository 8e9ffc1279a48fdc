using System.Runtime.CompilerServices;
using Story.KurrentDb.Envelope;
using Story.KurrentDb.Protocol;
using Story.KurrentDb.Protocol.Streams;
using Story.Store;

namespace Story.KurrentDb.Subscriptions;

/// <summary>
/// Catch-up then live on the Story log stream through KurrentDB's own subscription (the server reads history, then
/// pushes new events). When the connection drops it subscribes again after the last position seen, after a pause
/// that doubles with each failure in a row; events seen before are not yielded twice.
/// </summary>
internal sealed class LogSubscription(StreamsClient client, KurrentDbStoreOptions options)
{
    public async IAsyncEnumerable<RecordedEvent> RunAsync(long afterPosition, SubscriptionFilter? filter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(afterPosition);
        var last = afterPosition;
        var backoff = new ExponentialBackoff(options.ResubscribeInitialDelay, options.ResubscribeMaxDelay);
        while (!cancellationToken.IsCancellationRequested)
        {
            // After position p means after log revision p - 1.
            var request = ReadRequests.SubscribeToStream(options.LogStream, last == 0 ? null : (ulong)(last - 1));
            Exception dropped;
            await using (var responses = client.ReadAsync(request, null, cancellationToken).GetAsyncEnumerator(cancellationToken))
            {
                while (true)
                {
                    try
                    {
                        if (!await responses.MoveNextAsync())
                        {
                            dropped = new StoreUnavailableException("KurrentDB ended the subscription.");
                            break;
                        }
                    }
                    catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                    {
                        yield break;
                    }
                    catch (Exception ex) when (KurrentErrors.IsTransient(ex))
                    {
                        dropped = ex;
                        break;
                    }

                    // Confirmation, caught-up and fell-behind carry nothing to yield: the subscription just goes on.
                    if (responses.Current.ContentCase != ReadResp.ContentOneofCase.Event)
                    {
                        continue;
                    }

                    var e = StoryEnvelope.FromLog(responses.Current.Event.Event, options.LogStream);
                    if (e.Position <= last)
                    {
                        continue;
                    }

                    if (e.Position != last + 1)
                    {
                        throw new InvalidDataException($"The subscription to the Story log jumped from position {last} to {e.Position}.");
                    }

                    last = e.Position;
                    backoff.Reset();
                    if (filter is null || filter.Matches(e))
                    {
                        yield return e;
                    }
                }
            }

            var delay = backoff.Next();
            options.OnSubscriptionDropped?.Invoke(dropped, delay);
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
