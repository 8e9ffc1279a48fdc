namespace Story.Postgres.Projections;

/// <summary>
/// One projection's checkpoint against the log: every event up to <see cref="Position"/> is in its read model;
/// <see cref="Lag"/> events are not yet. A stopped projection names the event it failed on and why.
/// </summary>
/// <param name="Name">The projection's name, e.g. <c>story-state</c>.</param>
/// <param name="Position">The checkpoint: the last log position reflected in the read model.</param>
/// <param name="Head">The last position in the log when the status was read.</param>
/// <param name="Status">Running, stopped or rebuilding.</param>
/// <param name="Error">Why it stopped, when it did.</param>
/// <param name="ErrorPosition">The position of the event it stopped on.</param>
/// <param name="UpdatedAt">When the checkpoint or status last changed; null before the first batch.</param>
public sealed record ProjectionStatus(
    string Name,
    long Position,
    long Head,
    ProjectionRunState Status,
    string? Error,
    long? ErrorPosition,
    DateTimeOffset? UpdatedAt)
{
    /// <summary>How many events the read model is behind the log.</summary>
    public long Lag => Math.Max(0, Head - Position);
}
