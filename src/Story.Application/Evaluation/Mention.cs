using Story.Facts;

namespace Story.Application.Evaluation;

/// <summary>
/// One place a report speaks of a claim: the report, the quoted span, the claim, and how (reported, corroborated,
/// disputed). Two mentions match when they are in the same report and their spans overlap by at least half of
/// the shorter span.
/// </summary>
public sealed record Mention(string ReportId, int Start, int End, string ClaimId, MentionKind Kind)
{
    public const double MinOverlapOfShorter = 0.5;

    public bool Matches(Mention other)
    {
        if (!string.Equals(ReportId, other.ReportId, StringComparison.Ordinal))
        {
            return false;
        }

        var overlap = Math.Min(End, other.End) - Math.Max(Start, other.Start);
        var shorter = Math.Min(End - Start, other.End - other.Start);
        return overlap > 0 && shorter > 0 && overlap >= MinOverlapOfShorter * shorter;
    }

    /// <summary>The mentions in <paramref name="facts"/>, with report ids mapped through <paramref name="reportKey"/>.</summary>
    public static IReadOnlyList<Mention> In(IEnumerable<Fact> facts, Func<string, string> reportKey) => facts.Select(f => f switch
    {
        ClaimReported r => new Mention(reportKey(r.ReportId), r.Quote.Start, r.Quote.End, r.ClaimId, MentionKind.Reported),
        ClaimCorroborated c => new Mention(reportKey(c.ReportId), c.Quote.Start, c.Quote.End, c.ClaimId, MentionKind.Corroborated),
        ClaimDisputed d => new Mention(reportKey(d.ReportId), d.Quote.Start, d.Quote.End, d.ClaimId, MentionKind.Disputed),
        _ => null,
    }).OfType<Mention>().ToList();
}

/// <summary>How a mention speaks of its claim.</summary>
public enum MentionKind
{
    Reported,
    Corroborated,
    Disputed,
}
