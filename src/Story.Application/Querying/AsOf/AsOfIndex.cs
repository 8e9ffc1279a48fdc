using Story.Facts;
using Story.Projections;

namespace Story.Application.Querying.AsOf;

/// <summary>
/// Answers "as of T" questions on a long story without folding the whole log per question.
/// <list type="bullet">
/// <item>A claim at a moment folds only that claim's facts (kept by claim id) and the reports they cite, filtered by
/// the moment: a claim's state and audit depend on nothing else.</item>
/// <item>A story page at a reported or recorded time starts from the nearest <see cref="PageSnapshot"/> at or before
/// it on that axis (one every <c>snapshotEvery</c> facts in axis order) and folds at most that many facts on top;
/// totals and the first claims come from the snapshot's plus the claims those facts touched.</item>
/// </list>
/// Facts are added in log order (a catch-up read, then a subscription). A fact that lands before the end of an axis
/// (a report published earlier than facts already indexed) drops that axis's snapshots, rebuilt on the next page
/// query. Moments bounded by a position fall back to folding the whole log. Not thread-safe: one writer, or a lock.
/// </summary>
public sealed class AsOfIndex
{
    private readonly Dictionary<string, List<RecordedFact>> _byClaim = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<RecordedFact>> _reports = new(StringComparer.Ordinal);
    private readonly List<RecordedFact> _log = [];
    private readonly Dictionary<TimeAxis, SnapshotSeries> _series = [];
    private readonly int _snapshotEvery;
    private readonly int _pageCapacity;

    public AsOfIndex(int snapshotEvery = 1024, int pageCapacity = 50)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(snapshotEvery, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageCapacity, 1);
        _snapshotEvery = snapshotEvery;
        _pageCapacity = pageCapacity;
    }

    /// <summary>How many facts are indexed.</summary>
    public int Count => _log.Count;

    /// <summary>Every claim id some fact is about.</summary>
    public IReadOnlyCollection<string> ClaimIds => _byClaim.Keys;

    /// <summary>
    /// An index of <paramref name="facts"/> (in log order) with the snapshots of <paramref name="axes"/> (both when
    /// null) built now rather than at the first page query on that axis.
    /// </summary>
    public static AsOfIndex Build(IEnumerable<RecordedFact> facts, int snapshotEvery = 1024, int pageCapacity = 50, IReadOnlyList<TimeAxis>? axes = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var index = new AsOfIndex(snapshotEvery, pageCapacity);
        foreach (var fact in facts)
        {
            index.Add(fact);
        }

        foreach (var axis in axes ?? [TimeAxis.Reported, TimeAxis.Recorded])
        {
            index.SeriesFor(axis);
        }

        return index;
    }

    /// <summary>Adds the next fact of the log.</summary>
    public void Add(RecordedFact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        _log.Add(fact);
        if (FactSubjects.ClaimIdOf(fact.Fact) is { } claimId)
        {
            ListFor(_byClaim, claimId).Add(fact);
        }
        else if (fact.Fact is ReportPublished report)
        {
            ListFor(_reports, report.ReportId).Add(fact);
        }

        foreach (var (axis, series) in _series.ToList())
        {
            if (!series.TryAdd(fact))
            {
                _series.Remove(axis);
            }
        }
    }

    /// <summary>One claim's state and audit at <paramref name="moment"/>.</summary>
    public ClaimAsOf Claim(string claimId, Moment moment)
    {
        ArgumentNullException.ThrowIfNull(claimId);
        ArgumentNullException.ThrowIfNull(moment);
        var facts = new List<RecordedFact>();
        if (_byClaim.TryGetValue(claimId, out var about))
        {
            var cited = new HashSet<string>(StringComparer.Ordinal);
            foreach (var fact in about)
            {
                if (FactSubjects.ReportIdOf(fact.Fact) is { } reportId && cited.Add(reportId) && _reports.TryGetValue(reportId, out var reports))
                {
                    facts.AddRange(reports);
                }
            }

            facts.AddRange(about);
        }

        var included = facts.AsOf(moment).OrderBy(f => f.Position).ToList();
        var state = StoryStateProjection.Instance.Fold(included);
        var audits = ClaimAuditProjection.Instance.Fold(included);
        return new ClaimAsOf(claimId, moment, state.Claims.GetValueOrDefault(claimId), audits.GetValueOrDefault(claimId));
    }

    /// <summary>Totals by status and the first <paramref name="size"/> claims in story order at <paramref name="moment"/>.</summary>
    public StoryPage Page(Moment moment, int size = 50)
    {
        ArgumentNullException.ThrowIfNull(moment);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(size, _pageCapacity);
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 0);
        if (moment.Position is not null)
        {
            var folded = StoryStateProjection.Instance.Fold(_log.AsOf(moment));
            var claims = folded.ClaimsInOrder().ToList();
            var view = StoryStates.View(moment, folded);
            return new StoryPage(moment, view.Totals, claims.Take(size).ToList(), folded.LastPosition);
        }

        var snapshot = SeriesFor(moment.Axis).At(moment.At);
        var first = snapshot.First.Count > size ? snapshot.First.Take(size).ToList() : snapshot.First;
        return new StoryPage(moment, snapshot.Totals, first, snapshot.State.LastPosition);
    }

    private SnapshotSeries SeriesFor(TimeAxis axis)
    {
        if (!_series.TryGetValue(axis, out var series))
        {
            series = SnapshotSeries.Build(axis, _log, _snapshotEvery, _pageCapacity);
            _series[axis] = series;
        }

        return series;
    }

    private static List<RecordedFact> ListFor(Dictionary<string, List<RecordedFact>> lists, string key)
    {
        if (!lists.TryGetValue(key, out var list))
        {
            list = [];
            lists[key] = list;
        }

        return list;
    }
}
