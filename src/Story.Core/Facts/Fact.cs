namespace Story.Facts;

/// <summary>
/// A fact about a story: the closed family of immutable, past-tense events that Story stores.
/// Each fact knows when it was reported (published), the time axis that news readers care about.
/// </summary>
public abstract record Fact
{
    /// <summary>The story the fact belongs to.</summary>
    public abstract string StoryId { get; }

    /// <summary>When the report carrying this fact was published (the <c>reported</c> time axis).</summary>
    public abstract DateTimeOffset ReportedAt { get; }
}
