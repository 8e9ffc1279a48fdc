namespace Story.Application.Projections;

/// <summary>
/// One projection in <c>story projections --json</c>: its checkpoint (<c>position</c>), the head of the log, the lag
/// between them, and its status: <c>running</c>, <c>stopped</c> (with the event it failed on and why) or <c>rebuilding</c>.
/// </summary>
public sealed record ProjectionStatusView(
    string Name,
    long Position,
    long Head,
    long Lag,
    string Status,
    string? Error,
    long? ErrorPosition,
    DateTimeOffset? UpdatedAt);

/// <summary>A read model compared with a fold of the log up to its checkpoint.</summary>
public sealed record ProjectionCheckView(string Name, long Position, long Rows, bool MatchesLog);
