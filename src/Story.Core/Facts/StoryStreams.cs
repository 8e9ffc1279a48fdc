namespace Story.Facts;

/// <summary>One stream per story: a story is the unit whose facts must be consistent with each other.</summary>
public static class StoryStreams
{
    public const string Prefix = "story-";

    public static string For(string storyId) => Prefix + storyId;
}
