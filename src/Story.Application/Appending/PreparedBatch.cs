using Story.Facts;
using Story.Store;

namespace Story.Application.Appending;

/// <summary>A checked batch, ready to append to one story's stream.</summary>
public sealed record PreparedBatch(string StoryId, IReadOnlyList<Fact> Facts, IReadOnlyList<EventData> Events)
{
    public string StreamId => StoryStreams.For(StoryId);
}
