namespace Story.Facts;

/// <summary>How firmly a report states a claim.</summary>
public enum Hedging
{
    /// <summary>The outlet states it in its own voice.</summary>
    Asserted,
    /// <summary>The outlet attributes it to a named or unnamed source.</summary>
    Attributed,
    /// <summary>The outlet hedges: "reportedly", "reports indicate".</summary>
    Reportedly,
    /// <summary>The outlet calls it alleged.</summary>
    Alleged,
    /// <summary>The outlet says it was officially confirmed.</summary>
    Confirmed,
}
