using Story.Facts;

namespace Story.Projections;

/// <summary>Cuts a log down to a moment.</summary>
public static class History
{
    /// <summary>The facts <paramref name="moment"/> includes, in the order given (the log's position order).</summary>
    public static IEnumerable<RecordedFact> AsOf(this IEnumerable<RecordedFact> facts, Moment moment)
    {
        ArgumentNullException.ThrowIfNull(moment);
        return moment.IsLatest ? facts : facts.Where(moment.Includes);
    }
}
