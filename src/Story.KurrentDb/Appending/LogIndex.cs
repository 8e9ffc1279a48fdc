using Story.Audit;
using Story.Store;

namespace Story.KurrentDb.Appending;

/// <summary>
/// What a writer must know about the Story log to append to it: its head (position and hash), the version of every
/// story stream, and the position of every event id (Story skips ids already stored, in any stream). Built by reading
/// the log once, then kept current by reading only what other writers appended since.
/// </summary>
internal sealed class LogIndex
{
    private readonly Dictionary<Guid, long> _positionById = [];
    private readonly Dictionary<string, List<long>> _positionsByStream = new(StringComparer.Ordinal);

    /// <summary>The position of the last event in the log, 0 when empty.</summary>
    public long Head { get; private set; }

    public string HeadHash { get; private set; } = HashChain.Genesis;

    /// <summary>The story stream of the last event in the log.</summary>
    public string? HeadStream { get; private set; }

    /// <summary>Up to which position the story streams are known to hold their copies.</summary>
    public long MaterializedThrough { get; set; }

    public void Add(RecordedEvent e)
    {
        if (e.Position != Head + 1)
        {
            throw new InvalidDataException($"The Story log jumps from position {Head} to {e.Position}.");
        }

        if (!_positionsByStream.TryGetValue(e.StreamId, out var positions))
        {
            positions = [];
            _positionsByStream.Add(e.StreamId, positions);
        }

        if (e.StreamVersion != positions.Count + 1)
        {
            throw new InvalidDataException($"Position {e.Position} of the Story log is version {e.StreamVersion} of '{e.StreamId}', but that stream's previous version is {positions.Count}.");
        }

        if (!_positionById.TryAdd(e.EventId, e.Position))
        {
            throw new InvalidDataException($"Event id {e.EventId} is in the Story log twice (positions {_positionById[e.EventId]} and {e.Position}).");
        }

        positions.Add(e.Position);
        Head = e.Position;
        HeadHash = e.Hash;
        HeadStream = e.StreamId;
    }

    public long VersionOf(string streamId) => _positionsByStream.TryGetValue(streamId, out var positions) ? positions.Count : 0;

    /// <summary>The log position of version <paramref name="version"/> (1-based) of a stream.</summary>
    public long PositionOf(string streamId, long version) => _positionsByStream[streamId][checked((int)(version - 1))];

    public bool TryGetPosition(Guid eventId, out long position) => _positionById.TryGetValue(eventId, out position);
}
