using Story.Projections;

namespace Story.Application.Querying.AsOf;

/// <summary>
/// A story state with what a page needs already counted: claims by status and the first claims in page order.
/// Both are derived from the previous snapshot plus the claims touched since, never by visiting every claim: a claim
/// no fact touched keeps its status and its place in the order (a claim's first source can only move earlier and
/// claims are never removed), so only the touched ones can enter the first page or change a total.
/// </summary>
internal sealed class PageSnapshot
{
    private PageSnapshot(StoryState state, int[] byStatus, IReadOnlyList<ClaimState> first)
    {
        State = state;
        ByStatus = byStatus;
        First = first;
    }

    public static PageSnapshot Empty { get; } = new(StoryState.Empty, new int[Enum.GetValues<ClaimStatus>().Length], []);

    public StoryState State { get; }

    /// <summary>Claims per <see cref="ClaimStatus"/>, indexed by its value.</summary>
    public IReadOnlyList<int> ByStatus { get; }

    /// <summary>The first claims in page order, as many as the index keeps.</summary>
    public IReadOnlyList<ClaimState> First { get; }

    public StatusTotals Totals => new(
        State.Claims.Count,
        ByStatus[(int)ClaimStatus.Reported],
        ByStatus[(int)ClaimStatus.Corroborated],
        ByStatus[(int)ClaimStatus.Disputed],
        ByStatus[(int)ClaimStatus.Corrected],
        ByStatus[(int)ClaimStatus.Retracted],
        State.Reports.Count);

    /// <summary>This snapshot moved on to <paramref name="state"/>, which differs from it only in <paramref name="touched"/> claims.</summary>
    public PageSnapshot Then(StoryState state, IReadOnlyCollection<string> touched, int keep)
    {
        // The first claims are looked up again even when none was touched: a report folded since may have relabelled them.
        var byStatus = ((int[])ByStatus).ToArray();
        foreach (var id in touched)
        {
            if (State.Claims.TryGetValue(id, out var before))
            {
                byStatus[(int)before.Status]--;
            }

            if (state.Claims.TryGetValue(id, out var after))
            {
                byStatus[(int)after.Status]++;
            }
        }

        var candidates = new Dictionary<string, ClaimState>(StringComparer.Ordinal);
        foreach (var id in First.Select(c => c.ClaimId).Concat(touched))
        {
            if (state.Claims.TryGetValue(id, out var claim))
            {
                candidates[id] = claim;
            }
        }

        var first = candidates.Values.ToList();
        first.Sort(PageOrder.Compare);
        return new PageSnapshot(state, byStatus, first.Count > keep ? first.GetRange(0, keep) : first);
    }
}
