namespace Story.Store.Tests.Postgres;

/// <summary>A clock that starts at a chosen instant (with sub-microsecond ticks, which the store must truncate) and moves a millisecond per reading.</summary>
internal sealed class SteppingClock(DateTimeOffset start) : TimeProvider
{
    private long _readings;

    public DateTimeOffset Start { get; } = start;

    public override DateTimeOffset GetUtcNow() => Start.AddMilliseconds(Interlocked.Increment(ref _readings) - 1);
}
