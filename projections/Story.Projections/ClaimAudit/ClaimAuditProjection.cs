using System.Collections.Immutable;
using Story.Facts;

namespace Story.Projections;

/// <summary>
/// Folds facts into one <see cref="ClaimAudit"/> per claim: every event that touched it, with the envelope that proves
/// it. Like the story state it does not depend on fold order: entries are kept in log order and a report folded late
/// still gives its label to the entries that cite it. A fact for a claim not yet reported simply starts its audit.
/// </summary>
public sealed class ClaimAuditProjection : IProjection<IReadOnlyDictionary<string, ClaimAudit>>
{
    public static ClaimAuditProjection Instance { get; } = new();

    private ClaimAuditProjection()
    {
    }

    public string Name => "claim-audit";

    public IReadOnlyDictionary<string, ClaimAudit> Initial => ClaimAuditBook.Empty;

    public IReadOnlyDictionary<string, ClaimAudit> Apply(IReadOnlyDictionary<string, ClaimAudit> state, RecordedFact fact)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(fact);
        var book = ClaimAuditBook.From(state);
        return fact.Fact switch
        {
            ReportPublished report => Published(book, report, fact.Position),
            ClaimReported c => Add(book, c.ClaimId, Entry(fact, AuditKinds.Reported, c.ReportId, book.SourceOf(c.ReportId), c.Quote, c.Attribution, c.Hedging, c.Statement, null)),
            ClaimCorroborated c => Add(book, c.ClaimId, Entry(fact, AuditKinds.Corroborated, c.ReportId, book.SourceOf(c.ReportId), c.Quote, c.Attribution, c.Hedging, null, null)),
            ClaimDisputed c => Add(book, c.ClaimId, Entry(fact, AuditKinds.Disputed, c.ReportId, book.SourceOf(c.ReportId), c.Quote, c.Attribution, null, null, c.Reason)),
            ClaimCorrected c => Add(book, c.ClaimId, Entry(fact, AuditKinds.Corrected, c.ReportId, book.SourceOf(c.ReportId), c.Quote, null, null, c.Statement, c.Reason)),
            ClaimRetracted c => Add(book, c.ClaimId, Entry(fact, AuditKinds.Retracted, c.ReportId, book.SourceOf(c.ReportId), c.Quote, null, null, null, c.Reason)),
            _ => book,
        };
    }

    private static AuditEntry Entry(
        RecordedFact fact, string kind, string? reportId, string? source, QuoteSpan? quote, string? attribution, Hedging? hedging, string? statement, string? reason) =>
        new(kind, reportId, source, quote, attribution, hedging, statement, reason, fact.ReportedAt, fact.RecordedAt, fact.Position,
            fact.Envelope.EventId, fact.Envelope.Hash, fact.Envelope.Metadata.Actor, fact.Envelope.Metadata.Properties);

    private static ClaimAuditBook Published(ClaimAuditBook book, ReportPublished report, long position)
    {
        if (book.Labels.TryGetValue(report.ReportId, out var known) && known.Position <= position)
        {
            return book;
        }

        var audits = book.Audits.ToBuilder();
        foreach (var (claimId, audit) in book.Audits)
        {
            if (audit.Entries.Any(e => Cites(e, report.ReportId) && !string.Equals(e.Source, report.Source, StringComparison.Ordinal)))
            {
                var entries = audit.Entries.Select(e => Cites(e, report.ReportId) ? e with { Source = report.Source } : e).ToImmutableList();
                audits[claimId] = audit with { Entries = entries };
            }
        }

        return book.With(audits.ToImmutable()).With(report.ReportId, new ReportLabel(report.Source, position));
    }

    private static bool Cites(AuditEntry entry, string reportId) => string.Equals(entry.ReportId, reportId, StringComparison.Ordinal);

    private static ClaimAuditBook Add(ClaimAuditBook book, string claimId, AuditEntry entry)
    {
        var entries = book.TryGetValue(claimId, out var audit) ? audit.Entries : ImmutableList<AuditEntry>.Empty;
        var place = IndexOf(entries, entry.Position);
        if (place >= 0)
        {
            // The same fact folded twice (a catch-up overlapping a live feed) is recorded once.
            return book;
        }

        var updated = (entries as ImmutableList<AuditEntry> ?? [.. entries]).Insert(~place, entry);
        return book.With(new ClaimAudit(claimId, CurrentStatement(updated), updated));
    }

    // Binary search by position: the index if present, else the bitwise complement of where it belongs.
    private static int IndexOf(IReadOnlyList<AuditEntry> entries, long position)
    {
        var lower = 0;
        var upper = entries.Count - 1;
        while (lower <= upper)
        {
            var middle = lower + ((upper - lower) / 2);
            var comparison = entries[middle].Position.CompareTo(position);
            if (comparison == 0)
            {
                return middle;
            }

            if (comparison < 0)
            {
                lower = middle + 1;
            }
            else
            {
                upper = middle - 1;
            }
        }

        return ~lower;
    }

    private static string? CurrentStatement(IReadOnlyList<AuditEntry> entries)
    {
        static (DateTimeOffset, long) StoryOrder(AuditEntry e) => (e.ReportedAt, e.Position);

        var correction = entries.Where(e => e.Kind == AuditKinds.Corrected).MaxBy(StoryOrder);
        return correction?.Statement ?? entries.Where(e => e.Kind == AuditKinds.Reported).MinBy(StoryOrder)?.Statement;
    }
}
