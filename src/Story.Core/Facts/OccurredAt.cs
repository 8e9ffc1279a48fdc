namespace Story.Facts;

/// <summary>How precisely a claim's <see cref="OccurredAt"/> is known.</summary>
public enum TimePrecision
{
    Instant,
    Day,
    Month,
    Approximate,
}

/// <summary>When the thing a claim describes happened, as precisely as the report lets us say.</summary>
public sealed record OccurredAt(DateTimeOffset Value, TimePrecision Precision);
