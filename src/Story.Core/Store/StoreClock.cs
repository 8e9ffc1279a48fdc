namespace Story.Store;

/// <summary>The store's clock for <c>recordedAt</c>, truncated to microseconds so every engine can hold it exactly.</summary>
public static class StoreClock
{
    public static DateTimeOffset Now(TimeProvider time) => Truncate(time.GetUtcNow());

    public static DateTimeOffset Truncate(DateTimeOffset t)
    {
        var utc = t.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % 10), TimeSpan.Zero);
    }
}
