namespace Story.KurrentDb;

/// <summary>KurrentDB refused because the stream was deleted or tombstoned (not something Story does).</summary>
public sealed class KurrentDbStreamDeletedException(string streamName, Exception innerException)
    : Exception($"KurrentDB stream '{streamName}' is deleted; Story never deletes streams, so someone removed it outside Story.", innerException)
{
    public string StreamName { get; } = streamName;
}
