namespace Story.Store;

/// <summary>The stream was not at the version the writer expected; nothing of the batch was appended.</summary>
public sealed class WrongExpectedVersionException(string streamId, ExpectedVersion expected, long actualVersion)
    : Exception($"Stream '{streamId}' was expected at version {expected} but is at version {actualVersion}; nothing was appended.")
{
    public string StreamId { get; } = streamId;

    public ExpectedVersion Expected { get; } = expected;

    public long ActualVersion { get; } = actualVersion;
}
