using Npgsql;
using Story.Postgres.Connection;
using Story.Subscriptions;

namespace Story.Postgres.Subscriptions;

/// <summary>
/// Wakes subscribers when any process appends: one dedicated connection LISTENs on the store's channel (appends
/// NOTIFY in their transaction, so the wake-up arrives only after the commit). The signal's poll interval covers
/// notifications lost while the connection was down. Started by the first subscriber.
/// </summary>
internal sealed class NotificationListener(NpgsqlDataSource dataSource, string channel, TimeSpan pollInterval, Backoff backoff, Action<StoreRetry>? onRetry)
    : IAsyncDisposable
{
    private readonly AppendSignal _signal = new(pollInterval);
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _gate = new();
    private Task? _listening;

    /// <summary>Wakes subscribers of this process at once after a local commit.</summary>
    public void Wake() => _signal.Notify();

    /// <summary>Completes when an append may have been committed, or after the poll interval.</summary>
    public Task WaitAsync(CancellationToken cancellationToken)
    {
        EnsureListening();
        return _signal.WaitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        if (_listening is { } listening)
        {
            await listening;
        }

        _stopping.Dispose();
    }

    private void EnsureListening()
    {
        lock (_gate)
        {
            if (_listening is null && !_stopping.IsCancellationRequested)
            {
                _listening = Task.Run(() => ListenAsync(_stopping.Token));
            }
        }
    }

    private async Task ListenAsync(CancellationToken stopping)
    {
        var attempt = 0;
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await using var connection = await dataSource.OpenConnectionAsync(stopping);
                connection.Notification += (_, _) => _signal.Notify();
                await using (var listen = new NpgsqlCommand($"LISTEN {channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stopping);
                }

                attempt = 0;
                // Appends committed while nobody was listening sent their notification into the void.
                _signal.Notify();
                while (true)
                {
                    await connection.WaitAsync(stopping);
                }
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (PostgresFaults.IsConnectionFailure(ex))
            {
                attempt++;
                var delay = backoff.DelayFor(attempt);
                onRetry?.Invoke(new StoreRetry("notification listener", attempt, delay, ex));
                // Let subscribers find out for themselves (they have their own retry) rather than sleep on a dead channel.
                _signal.Notify();
                try
                {
                    await Task.Delay(delay, stopping);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}
