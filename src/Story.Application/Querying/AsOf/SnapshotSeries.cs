using Story.Facts;
using Story.Projections;

namespace Story.Application.Querying.AsOf;

/// <summary>
/// The facts in the order of one time axis, (time, position), with a <see cref="PageSnapshot"/> after every
/// <c>every</c> facts. The story state folds the same whatever the order (see <see cref="StoryStateProjection"/>), so
/// the state at time T is the nearest snapshot at or before T with the few facts after it folded on. States are
/// persistent (immutable trees), so snapshots share almost all their structure and cost little memory each.
/// </summary>
internal sealed class SnapshotSeries
{
    private readonly TimeAxis _axis;
    private readonly int _every;
    private readonly int _keep;
    private readonly List<RecordedFact> _ordered = [];
    private readonly List<long> _times = [];
    private readonly List<PageSnapshot> _snapshots = [PageSnapshot.Empty];
    private readonly HashSet<string> _touched = new(StringComparer.Ordinal);
    private StoryState _head = StoryState.Empty;

    private SnapshotSeries(TimeAxis axis, int every, int keep)
    {
        _axis = axis;
        _every = every;
        _keep = keep;
    }

    public static SnapshotSeries Build(TimeAxis axis, IEnumerable<RecordedFact> log, int every, int keep)
    {
        var series = new SnapshotSeries(axis, every, keep);
        var ordered = log.ToList();
        ordered.Sort(series.Compare);
        foreach (var fact in ordered)
        {
            series.Append(fact);
        }

        return series;
    }

    /// <summary>Adds a fact at the end of the axis; false when it belongs earlier (a late report): rebuild then.</summary>
    public bool TryAdd(RecordedFact fact)
    {
        if (_ordered.Count > 0 && Compare(fact, _ordered[^1]) < 0)
        {
            return false;
        }

        Append(fact);
        return true;
    }

    /// <summary>The page snapshot with every fact at or before <paramref name="at"/> (all facts when null).</summary>
    public PageSnapshot At(DateTimeOffset? at)
    {
        var cut = at is null ? _ordered.Count : UpperBound(at.Value.UtcTicks);
        var index = Math.Min(cut / _every, _snapshots.Count - 1);
        var snapshot = _snapshots[index];
        var state = snapshot.State;
        var touched = new HashSet<string>(StringComparer.Ordinal);
        for (var i = index * _every; i < cut; i++)
        {
            state = Fold(state, _ordered[i], touched);
        }

        return snapshot.Then(state, touched, _keep);
    }

    private void Append(RecordedFact fact)
    {
        _ordered.Add(fact);
        _times.Add(TimeOf(fact));
        _head = Fold(_head, fact, _touched);
        if (_ordered.Count % _every == 0)
        {
            _snapshots.Add(_snapshots[^1].Then(_head, _touched, _keep));
            _touched.Clear();
        }
    }

    private static StoryState Fold(StoryState state, RecordedFact fact, HashSet<string> touched)
    {
        if (FactSubjects.ClaimIdOf(fact.Fact) is { } claimId)
        {
            touched.Add(claimId);
        }

        return StoryStateProjection.Instance.Apply(state, fact);
    }

    private long TimeOf(RecordedFact fact) => _axis == TimeAxis.Reported ? fact.ReportedAt.UtcTicks : fact.RecordedAt.UtcTicks;

    private int Compare(RecordedFact left, RecordedFact right)
    {
        var byTime = TimeOf(left).CompareTo(TimeOf(right));
        return byTime != 0 ? byTime : left.Position.CompareTo(right.Position);
    }

    // The number of facts whose time is at or before the given ticks.
    private int UpperBound(long ticks)
    {
        var lower = 0;
        var upper = _times.Count;
        while (lower < upper)
        {
            var middle = lower + ((upper - lower) / 2);
            if (_times[middle] <= ticks)
            {
                lower = middle + 1;
            }
            else
            {
                upper = middle;
            }
        }

        return lower;
    }
}
