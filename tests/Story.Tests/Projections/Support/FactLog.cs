using Story.Audit;
using Story.Facts;
using Story.Store;

namespace Story.Tests.Projections.Support;

/// <summary>
/// Builds recorded facts the way a store would: gap-free positions, a recordedAt that moves forward, per-stream
/// versions, and a real hash chain over the facts' JSON, without any store.
/// </summary>
internal sealed class FactLog
{
    private readonly List<RecordedFact> _facts = [];
    private readonly Dictionary<string, long> _versions = new(StringComparer.Ordinal);
    private DateTimeOffset _clock;

    public FactLog(DateTimeOffset? clock = null) => _clock = clock ?? StoryFacts.At(0).AddDays(30);

    public IReadOnlyList<RecordedFact> Facts => _facts;

    /// <summary>Records <paramref name="fact"/> at the next position, one minute after the previous one unless told when.</summary>
    public RecordedFact Record(Fact fact, DateTimeOffset? recordedAt = null, string? actor = null, IReadOnlyDictionary<string, string>? evidence = null)
    {
        _clock = StoreClock.Truncate(recordedAt ?? _clock.AddMinutes(1));
        var position = _facts.Count + 1;
        var streamId = StoryStreams.For(fact.StoryId);
        var version = _versions[streamId] = _versions.GetValueOrDefault(streamId) + 1;
        var eventId = new Guid(position, 0, 0, new byte[8]);
        var metadata = new EventMetadata(Actor: actor, Properties: evidence);
        var data = FactJson.Serialize(fact);
        var type = FactTypes.NameOf(fact);
        var previous = _facts.Count == 0 ? HashChain.Genesis : _facts[^1].Envelope.Hash;
        var hash = HashChain.Compute(previous, eventId, streamId, version, type, _clock, data, metadata);
        var recorded = new RecordedFact(new RecordedEvent(position, streamId, version, eventId, type, data, metadata, _clock, previous, hash), fact);
        _facts.Add(recorded);
        return recorded;
    }

    public FactLog With(params Fact[] facts)
    {
        foreach (var fact in facts)
        {
            Record(fact);
        }

        return this;
    }
}
