namespace Story.Store;

/// <summary>Who caused an event and why: kept with every event and covered by its hash.</summary>
/// <param name="CorrelationId">Groups the events of one user action (one import, one request).</param>
/// <param name="CausationId">The event or command that caused this one.</param>
/// <param name="Actor">Who appended it: a user, a desk, a process.</param>
/// <param name="Properties">Further named values, e.g. the evidence for an automatic link.</param>
public sealed record EventMetadata(
    string? CorrelationId = null,
    string? CausationId = null,
    string? Actor = null,
    IReadOnlyDictionary<string, string>? Properties = null)
{
    public static EventMetadata Empty { get; } = new();
}
