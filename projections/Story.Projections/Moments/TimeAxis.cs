namespace Story.Projections;

/// <summary>The two clocks of a fact.</summary>
public enum TimeAxis
{
    /// <summary>When the report carrying the fact was published: what the world could have read by then.</summary>
    Reported,

    /// <summary>When the store recorded the fact: what Story knew by then.</summary>
    Recorded,
}
