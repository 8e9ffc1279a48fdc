using Story.Application.Validation;
using Story.Facts;
using Story.Store;

namespace Story.Application.Ingesting;

/// <summary>Which story a report goes into when the caller does not say: the one story the store holds.</summary>
public static class StoryIds
{
    public static async Task<string> OnlyStoryAsync(IEventReader reader, string field, CancellationToken cancellationToken)
    {
        var stories = new SortedSet<string>(StringComparer.Ordinal);
        await foreach (var e in reader.ReadAllAsync(0, cancellationToken))
        {
            if (e.StreamId.StartsWith(StoryStreams.Prefix, StringComparison.Ordinal))
            {
                stories.Add(e.StreamId[StoryStreams.Prefix.Length..]);
            }
        }

        return stories.Count switch
        {
            1 => stories.Min!,
            0 => throw new InvalidInputException(field, "the store holds no story yet; name the story to add the report to"),
            _ => throw new InvalidInputException(field, $"the store holds {stories.Count} stories ({string.Join(", ", stories)}); name one"),
        };
    }
}
