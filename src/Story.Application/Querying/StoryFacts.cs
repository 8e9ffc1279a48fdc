using Story.Facts;
using Story.Store;

namespace Story.Application.Querying;

/// <summary>Reads every story fact from the log, in position order, with its envelope.</summary>
public static class StoryFacts
{
    public static Task<IReadOnlyList<RecordedFact>> LoadAsync(IEventReader reader, CancellationToken cancellationToken) =>
        LoadAsync(reader, 0, cancellationToken);

    /// <summary>The story facts after <paramref name="afterPosition"/> (0 reads them all).</summary>
    public static async Task<IReadOnlyList<RecordedFact>> LoadAsync(IEventReader reader, long afterPosition, CancellationToken cancellationToken)
    {
        var facts = new List<RecordedFact>();
        await foreach (var e in reader.ReadAllAsync(afterPosition, cancellationToken))
        {
            if (e.StreamId.StartsWith(StoryStreams.Prefix, StringComparison.Ordinal) && FactTypes.TryGetType(e.EventType, out _))
            {
                facts.Add(FactJson.ToRecordedFact(e));
            }
        }

        return facts;
    }
}
