namespace Story.Store.Tests.Postgres.Projections;

/// <summary>A story event of a known type whose data is not that fact: every fold of the log fails on it.</summary>
internal static class PoisonedEvent
{
    public static StreamEvent In(string streamId) =>
        new(streamId, new EventData(Guid.NewGuid(), "claim-reported", """{"claimId":"half-a-claim"}""", EventMetadata.Empty));
}
