using Story.Store;

namespace Story.Facts;

/// <summary>A fact as the store holds it: the typed fact with its envelope (position, recorded time, hash).</summary>
public sealed record RecordedFact(RecordedEvent Envelope, Fact Fact)
{
    public long Position => Envelope.Position;

    public DateTimeOffset RecordedAt => Envelope.RecordedAt;

    public DateTimeOffset ReportedAt => Fact.ReportedAt;
}
