namespace Story.Subscriptions;

/// <summary>
/// Wakes in-process subscribers when this process appends; a poll interval covers appends by other processes.
/// </summary>
public sealed class AppendSignal(TimeSpan pollInterval)
{
    private TaskCompletionSource _next = NewSource();

    public TimeSpan PollInterval { get; } = pollInterval;

    public void Notify() => Interlocked.Exchange(ref _next, NewSource()).TrySetResult();

    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        var next = Volatile.Read(ref _next).Task;
        try
        {
            await next.WaitAsync(PollInterval, cancellationToken);
        }
        catch (TimeoutException)
        {
            // Polling: another process may have appended.
        }
    }

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
