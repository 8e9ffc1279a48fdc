namespace Story.Store.Tests.Contract;

/// <summary>
/// A clock the test sets by hand. Only "now" is manual: timers and delays stay real, so a store's subscription
/// polling keeps working while the recorded time stands still.
/// </summary>
public sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    private long _utcTicks = start.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _utcTicks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _utcTicks, by.Ticks);
}
