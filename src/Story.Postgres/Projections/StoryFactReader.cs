using System.Diagnostics.CodeAnalysis;
using Story.Facts;
using Story.Store;

namespace Story.Postgres.Projections;

/// <summary>
/// Which events of the log the projections fold: facts in story streams, of a type Story knows. Anything else
/// (another application's stream, a type from a newer release) is passed over, as a fold of the log passes over it.
/// </summary>
internal static class StoryFactReader
{
    /// <exception cref="System.Text.Json.JsonException">A story event of a known type whose data is not that fact.</exception>
    public static bool TryRead(RecordedEvent e, [NotNullWhen(true)] out RecordedFact? fact)
    {
        if (e.StreamId.StartsWith(StoryStreams.Prefix, StringComparison.Ordinal) && FactTypes.TryGetType(e.EventType, out _))
        {
            fact = FactJson.ToRecordedFact(e);
            return true;
        }

        fact = null;
        return false;
    }
}
