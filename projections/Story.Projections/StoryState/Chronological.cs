using System.Collections.Immutable;

namespace Story.Projections;

/// <summary>Something that happened in a story at a reported time and was recorded at a log position.</summary>
internal interface IChronological
{
    DateTimeOffset ReportedAt { get; }

    long Position { get; }
}

/// <summary>
/// Keeps lists in story order, (ReportedAt, Position), whatever order facts are folded in: this is what makes a
/// late-recorded report land in its place and makes every fold of the same facts give the same state.
/// </summary>
internal static class Chronology
{
    public static int Compare(IChronological left, IChronological right)
    {
        var byTime = left.ReportedAt.CompareTo(right.ReportedAt);
        return byTime != 0 ? byTime : left.Position.CompareTo(right.Position);
    }

    public static bool IsBefore(this IChronological left, IChronological right) => Compare(left, right) < 0;

    /// <summary>
    /// Inserts <paramref name="item"/> at its place. An item already there at the same position is the same fact
    /// folded twice (a catch-up overlapping a live feed), so it is left as is: folding stays idempotent.
    /// </summary>
    public static IReadOnlyList<T> Insert<T>(IReadOnlyList<T> list, T item)
        where T : IChronological
    {
        var lower = 0;
        var upper = list.Count;
        while (lower < upper)
        {
            var middle = lower + ((upper - lower) / 2);
            var comparison = Compare(list[middle], item);
            if (comparison == 0)
            {
                return list;
            }

            if (comparison < 0)
            {
                lower = middle + 1;
            }
            else
            {
                upper = middle;
            }
        }

        return AsImmutable(list).Insert(lower, item);
    }

    public static IReadOnlyList<T> Merge<T>(IReadOnlyList<T> list, IEnumerable<T> items)
        where T : IChronological =>
        items.Aggregate(list, Insert);

    private static ImmutableList<T> AsImmutable<T>(IReadOnlyList<T> list) =>
        list as ImmutableList<T> ?? ImmutableList.CreateRange(list);
}
