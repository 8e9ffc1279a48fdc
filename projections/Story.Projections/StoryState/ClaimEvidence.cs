using System.Collections.Immutable;

namespace Story.Projections;

/// <summary>
/// Everything said about one claim, each list in story order (ReportedAt, Position). <see cref="Retraction"/> is the
/// earliest retraction: the claim stands withdrawn from then on, and later ones add nothing to its state.
/// </summary>
public sealed record ClaimEvidence(
    IReadOnlyList<ClaimSource> Sources,
    IReadOnlyList<ClaimDispute> Disputes,
    IReadOnlyList<ClaimCorrection> Corrections,
    ClaimRetraction? Retraction)
{
    public static ClaimEvidence Empty { get; } = new(
        ImmutableList<ClaimSource>.Empty,
        ImmutableList<ClaimDispute>.Empty,
        ImmutableList<ClaimCorrection>.Empty,
        null);

    internal ClaimEvidence With(ClaimSource source) => this with { Sources = Chronology.Insert(Sources, source) };

    internal ClaimEvidence With(ClaimDispute dispute) => this with { Disputes = Chronology.Insert(Disputes, dispute) };

    internal ClaimEvidence With(ClaimCorrection correction) => this with { Corrections = Chronology.Insert(Corrections, correction) };

    internal ClaimEvidence With(ClaimRetraction retraction) =>
        Retraction is null || retraction.IsBefore(Retraction) ? this with { Retraction = retraction } : this;

    internal ClaimEvidence Merge(ClaimEvidence other)
    {
        var merged = this with
        {
            Sources = Chronology.Merge(Sources, other.Sources),
            Disputes = Chronology.Merge(Disputes, other.Disputes),
            Corrections = Chronology.Merge(Corrections, other.Corrections),
        };
        return other.Retraction is null ? merged : merged.With(other.Retraction);
    }

    /// <summary>Gives every mention of <paramref name="reportId"/> its outlet label; the same instance when none changes.</summary>
    internal ClaimEvidence Relabel(string reportId, string source)
    {
        bool Stale(string? id, string? label) => string.Equals(id, reportId, StringComparison.Ordinal) && !string.Equals(label, source, StringComparison.Ordinal);

        if (!Sources.Any(s => Stale(s.ReportId, s.Source))
            && !Disputes.Any(d => Stale(d.ReportId, d.Source))
            && !Corrections.Any(c => Stale(c.ReportId, c.Source))
            && !(Retraction is { } r && Stale(r.ReportId, r.Source)))
        {
            return this;
        }

        return new ClaimEvidence(
            Sources.Select(s => Stale(s.ReportId, s.Source) ? s with { Source = source } : s).ToImmutableList(),
            Disputes.Select(d => Stale(d.ReportId, d.Source) ? d with { Source = source } : d).ToImmutableList(),
            Corrections.Select(c => Stale(c.ReportId, c.Source) ? c with { Source = source } : c).ToImmutableList(),
            Retraction is { } retraction && Stale(retraction.ReportId, retraction.Source) ? retraction with { Source = source } : Retraction);
    }
}
