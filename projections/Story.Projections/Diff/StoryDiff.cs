namespace Story.Projections;

/// <summary>
/// What changed in a story between two states, claims in story order. A new claim is only in <see cref="Added"/>; a
/// claim already there is listed under every kind of news it received (more reports, a dispute, a correction, a
/// retraction), so one claim can be in several lists. <c>before</c> is assumed to be the earlier state.
/// </summary>
public sealed record StoryDiff(
    IReadOnlyList<ClaimChange> Added,
    IReadOnlyList<ClaimChange> NewlyCorroborated,
    IReadOnlyList<ClaimChange> NewlyDisputed,
    IReadOnlyList<ClaimChange> Corrected,
    IReadOnlyList<ClaimChange> Retracted)
{
    public bool IsEmpty =>
        Added.Count == 0 && NewlyCorroborated.Count == 0 && NewlyDisputed.Count == 0 && Corrected.Count == 0 && Retracted.Count == 0;

    public static StoryDiff Between(StoryState before, StoryState after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var added = new List<ClaimChange>();
        var corroborated = new List<ClaimChange>();
        var disputed = new List<ClaimChange>();
        var corrected = new List<ClaimChange>();
        var retracted = new List<ClaimChange>();
        foreach (var now in after.ClaimsInOrder())
        {
            if (!before.Claims.TryGetValue(now.ClaimId, out var then))
            {
                added.Add(new ClaimChange(now.ClaimId, now.Statement, null, now.Status, 0, now.ReportCount));
                continue;
            }

            var change = new ClaimChange(now.ClaimId, now.Statement, then.Status, now.Status, then.ReportCount, now.ReportCount);
            if (now.ReportCount > then.ReportCount)
            {
                corroborated.Add(change);
            }

            if (now.Disputes.Count > then.Disputes.Count)
            {
                disputed.Add(change);
            }

            if (now.Corrections.Count > then.Corrections.Count)
            {
                corrected.Add(change);
            }

            if (now.Retraction is not null && then.Retraction is null)
            {
                retracted.Add(change);
            }
        }

        return new StoryDiff(added, corroborated, disputed, corrected, retracted);
    }
}
