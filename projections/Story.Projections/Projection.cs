using Story.Facts;

namespace Story.Projections;

/// <summary>Folding helpers shared by every projection.</summary>
public static class Projection
{
    /// <summary>Folds <paramref name="facts"/> from the projection's initial state.</summary>
    public static TState Fold<TState>(this IProjection<TState> projection, IEnumerable<RecordedFact> facts) =>
        projection.FoldFrom(projection.Initial, facts);

    /// <summary>Folds <paramref name="facts"/> onto an existing state: how a cached state catches up with new facts.</summary>
    public static TState FoldFrom<TState>(this IProjection<TState> projection, TState state, IEnumerable<RecordedFact> facts)
    {
        foreach (var fact in facts)
        {
            state = projection.Apply(state, fact);
        }

        return state;
    }

    /// <summary>Folds only the facts that <paramref name="moment"/> includes: the story as it stood then.</summary>
    public static TState FoldAsOf<TState>(this IProjection<TState> projection, IEnumerable<RecordedFact> facts, Moment moment) =>
        projection.Fold(facts.AsOf(moment));
}
