namespace Story.Postgres.Connection;

/// <summary>Exponential backoff: the initial delay doubled per failed attempt, capped.</summary>
internal sealed record Backoff(TimeSpan Initial, TimeSpan Max)
{
    public TimeSpan DelayFor(int attempt)
    {
        var doublings = Math.Clamp(attempt - 1, 0, 30);
        var delay = Initial.Ticks * Math.Pow(2, doublings);
        return delay >= Max.Ticks ? Max : TimeSpan.FromTicks((long)delay);
    }
}
