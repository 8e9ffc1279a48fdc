using System.Collections.Immutable;
using Story.Facts;

namespace Story.Projections;

/// <summary>
/// Folds facts into a <see cref="StoryState"/>. The result depends only on the set of facts, not on the order they
/// are folded in: lists are kept in story order (ReportedAt, Position), the winner of every choice is the earliest in
/// that order, and report labels are filled in whenever the report arrives. So replaying by log position and replaying
/// by publication time agree, and a report recorded late still lands in its place.
/// </summary>
/// <remarks>
/// A fact about a claim whose ClaimReported has not been folded yet must not fail, because on the reported axis a
/// late-recorded report's corroboration legitimately comes first. A corroboration makes the claim visible at once, as
/// <see cref="ClaimState.IsProvisional"/> with the corroborating quote as its statement: the report did say it then,
/// and hiding it would undo exactly what the reported axis is for. The ClaimReported later supplies the statement,
/// entities and date. Disputes, corrections and retractions of a claim that no report has made yet carry no statement
/// to show, so they wait in <see cref="StoryState.Pending"/> and join the claim when it appears.
/// </remarks>
public sealed class StoryStateProjection : IProjection<StoryState>
{
    public static StoryStateProjection Instance { get; } = new();

    private StoryStateProjection()
    {
    }

    public string Name => "story-state";

    public StoryState Initial => StoryState.Empty;

    public StoryState Apply(StoryState state, RecordedFact fact)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(fact);
        var next = fact.Fact switch
        {
            ReportPublished report => Published(state, report, fact),
            ClaimReported claim => Await(Reported(state, claim, fact.Position), claim.ReportId, claim.ClaimId),
            ClaimCorroborated corroboration => Await(Corroborated(state, corroboration, fact.Position), corroboration.ReportId, corroboration.ClaimId),
            ClaimDisputed dispute => Await(Touch(state, dispute.ClaimId, e => e.With(new ClaimDispute(
                dispute.ReportId, state.SourceOf(dispute.ReportId), dispute.Attribution, dispute.Quote, dispute.Reason, dispute.ReportedAt, fact.Position))), dispute.ReportId, dispute.ClaimId),
            ClaimCorrected correction => Await(Touch(state, correction.ClaimId, e => e.With(new ClaimCorrection(
                correction.Statement, correction.Reason, correction.ReportId, LabelOf(state, correction.ReportId), correction.Quote, correction.ReportedAt, fact.Position, fact.Envelope.Metadata.Actor))), correction.ReportId, correction.ClaimId),
            ClaimRetracted retraction => Await(Touch(state, retraction.ClaimId, e => e.With(new ClaimRetraction(
                retraction.Reason, retraction.ReportId, LabelOf(state, retraction.ReportId), retraction.Quote, retraction.ReportedAt, fact.Position, fact.Envelope.Metadata.Actor))), retraction.ReportId, retraction.ClaimId),
            _ => state,
        };
        return fact.Position > next.LastPosition ? next with { LastPosition = fact.Position } : next;
    }

    // A claim that cites a report not folded yet carries the report id as its label until the report arrives.
    private static StoryState Await(StoryState state, string? reportId, string claimId)
    {
        if (reportId is null || state.Reports.ContainsKey(reportId))
        {
            return state;
        }

        var waiting = state.AwaitingReport.TryGetValue(reportId, out var claims) ? claims : ImmutableHashSet.Create<string>(StringComparer.Ordinal);
        return waiting.Contains(claimId) ? state : state with { AwaitingReport = state.AwaitingReport.SetItem(reportId, waiting.Add(claimId)) };
    }

    private static string? LabelOf(StoryState state, string? reportId) => reportId is null ? null : state.SourceOf(reportId);

    // The first recording of a report id wins: a second ReportPublished with the same id is a re-import, not news.
    private static StoryState Published(StoryState state, ReportPublished report, RecordedFact fact)
    {
        if (state.Reports.TryGetValue(report.ReportId, out var known) && known.Position <= fact.Position)
        {
            return state;
        }

        var summary = new ReportSummary(
            report.ReportId, report.StoryId, report.Source, report.Title, report.Url, report.PublishedAt,
            report.PublishedAtIsEstimate, report.ContentHash, fact.Position, fact.RecordedAt);
        if (known is null)
        {
            // A report seen for the first time: only the claims that cited it while it was unseen carry its id as label.
            var citing = state.AwaitingReport.TryGetValue(report.ReportId, out var waiting) ? waiting : [];
            return state with
            {
                Claims = MapSome(state.Claims, citing, c => Relabel(c, report)),
                Reports = Sorted(state.Reports).SetItem(report.ReportId, summary),
                Pending = MapSome(state.Pending, citing, e => e.Relabel(report.ReportId, report.Source)),
                AwaitingReport = state.AwaitingReport.Remove(report.ReportId),
            };
        }

        // An earlier recording of a known report (folded out of log order) may carry another label: look at every claim.
        return state with
        {
            Claims = Map(state.Claims, c => Relabel(c, report)),
            Reports = Sorted(state.Reports).SetItem(report.ReportId, summary),
            Pending = Map(state.Pending, e => e.Relabel(report.ReportId, report.Source)),
        };
    }

    private static ImmutableSortedDictionary<string, T> MapSome<T>(IReadOnlyDictionary<string, T> items, IEnumerable<string> keys, Func<T, T> change)
        where T : class
    {
        var sorted = Sorted(items);
        foreach (var key in keys)
        {
            if (sorted.TryGetValue(key, out var value) && change(value) is var changed && !ReferenceEquals(changed, value))
            {
                sorted = sorted.SetItem(key, changed);
            }
        }

        return sorted;
    }

    private static ClaimState Relabel(ClaimState claim, ReportPublished report)
    {
        var evidence = claim.Evidence;
        var relabelled = evidence.Relabel(report.ReportId, report.Source);
        return ReferenceEquals(relabelled, evidence) ? claim : claim.With(relabelled);
    }

    private static StoryState Reported(StoryState state, ClaimReported claim, long position)
    {
        var source = new ClaimSource(
            claim.ReportId, state.SourceOf(claim.ReportId), claim.Attribution, claim.Hedging, claim.Quote, claim.ReportedAt, position, ClaimSource.ReportedKind);
        var entities = claim.Entities.ToImmutableList();
        if (!state.Claims.TryGetValue(claim.ClaimId, out var existing))
        {
            var evidence = Take(state, claim.ClaimId, out var pending).With(source);
            return state with
            {
                Claims = Sorted(state.Claims).SetItem(claim.ClaimId, ClaimState.Build(claim.ClaimId, claim.StoryId, claim.Statement, entities, claim.OccurredAt, evidence)),
                Pending = pending,
            };
        }

        var earliestReport = existing.Sources.FirstOrDefault(s => s.Kind == ClaimSource.ReportedKind);
        var updated = earliestReport is null || source.IsBefore(earliestReport)
            ? ClaimState.Build(claim.ClaimId, claim.StoryId, claim.Statement, entities, claim.OccurredAt, existing.Evidence.With(source))
            : existing.With(existing.Evidence.With(source));
        return state with { Claims = Sorted(state.Claims).SetItem(claim.ClaimId, updated) };
    }

    private static StoryState Corroborated(StoryState state, ClaimCorroborated corroboration, long position)
    {
        var source = new ClaimSource(
            corroboration.ReportId, state.SourceOf(corroboration.ReportId), corroboration.Attribution, corroboration.Hedging,
            corroboration.Quote, corroboration.ReportedAt, position, ClaimSource.CorroboratedKind);
        if (state.Claims.TryGetValue(corroboration.ClaimId, out var existing))
        {
            return state with { Claims = Sorted(state.Claims).SetItem(corroboration.ClaimId, existing.With(existing.Evidence.With(source))) };
        }

        var evidence = Take(state, corroboration.ClaimId, out var pending).With(source);
        return state with
        {
            Claims = Sorted(state.Claims).SetItem(corroboration.ClaimId, ClaimState.Provisional(corroboration.ClaimId, corroboration.StoryId, evidence)),
            Pending = pending,
        };
    }

    private static StoryState Touch(StoryState state, string claimId, Func<ClaimEvidence, ClaimEvidence> add)
    {
        if (state.Claims.TryGetValue(claimId, out var existing))
        {
            return state with { Claims = Sorted(state.Claims).SetItem(claimId, existing.With(add(existing.Evidence))) };
        }

        var waiting = state.Pending.TryGetValue(claimId, out var pending) ? pending : ClaimEvidence.Empty;
        return state with { Pending = Sorted(state.Pending).SetItem(claimId, add(waiting)) };
    }

    private static ClaimEvidence Take(StoryState state, string claimId, out IReadOnlyDictionary<string, ClaimEvidence> rest)
    {
        if (state.Pending.TryGetValue(claimId, out var pending))
        {
            rest = Sorted(state.Pending).Remove(claimId);
            return pending;
        }

        rest = state.Pending;
        return ClaimEvidence.Empty;
    }

    private static ImmutableSortedDictionary<string, T> Map<T>(IReadOnlyDictionary<string, T> items, Func<T, T> change)
        where T : class
    {
        var sorted = Sorted(items);
        var builder = sorted.ToBuilder();
        foreach (var (key, value) in sorted)
        {
            var changed = change(value);
            if (!ReferenceEquals(changed, value))
            {
                builder[key] = changed;
            }
        }

        return builder.ToImmutable();
    }

    private static ImmutableSortedDictionary<string, T> Sorted<T>(IReadOnlyDictionary<string, T> items) =>
        items as ImmutableSortedDictionary<string, T> ?? items.ToImmutableSortedDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
}
