using Story.Facts;

namespace Story.Bench.Generation;

/// <summary>A synthetic fact with the event id it is appended under.</summary>
public sealed record GeneratedFact(Fact Fact, Guid EventId);
