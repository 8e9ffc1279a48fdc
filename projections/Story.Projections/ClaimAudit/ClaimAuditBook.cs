using System.Collections;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace Story.Projections;

/// <summary>
/// The audit projection's state: the audits by claim id, plus the outlet label of every report seen. The labels are
/// carried so that a report folded after the claims that cite it still names them, whatever the fold order; they
/// are not part of the dictionary's content.
/// </summary>
internal sealed class ClaimAuditBook : IReadOnlyDictionary<string, ClaimAudit>
{
    public static ClaimAuditBook Empty { get; } = new(
        ImmutableSortedDictionary.Create<string, ClaimAudit>(StringComparer.Ordinal),
        ImmutableSortedDictionary.Create<string, ReportLabel>(StringComparer.Ordinal));

    private ClaimAuditBook(ImmutableSortedDictionary<string, ClaimAudit> audits, ImmutableSortedDictionary<string, ReportLabel> labels)
    {
        Audits = audits;
        Labels = labels;
    }

    public ImmutableSortedDictionary<string, ClaimAudit> Audits { get; }

    public ImmutableSortedDictionary<string, ReportLabel> Labels { get; }

    public int Count => Audits.Count;

    public IEnumerable<string> Keys => Audits.Keys;

    public IEnumerable<ClaimAudit> Values => Audits.Values;

    public ClaimAudit this[string key] => Audits[key];

    /// <summary>Any dictionary of audits as a book; one that is not a book has no labels to carry.</summary>
    public static ClaimAuditBook From(IReadOnlyDictionary<string, ClaimAudit> audits) =>
        audits as ClaimAuditBook ?? new ClaimAuditBook(
            audits.ToImmutableSortedDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal),
            Empty.Labels);

    public string? SourceOf(string? reportId) =>
        reportId is null ? null : Labels.TryGetValue(reportId, out var label) ? label.Source : reportId;

    public ClaimAuditBook With(ClaimAudit audit) => new(Audits.SetItem(audit.ClaimId, audit), Labels);

    public ClaimAuditBook With(string reportId, ReportLabel label) => new(Audits, Labels.SetItem(reportId, label));

    public ClaimAuditBook With(ImmutableSortedDictionary<string, ClaimAudit> audits) => new(audits, Labels);

    public bool ContainsKey(string key) => Audits.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out ClaimAudit value) => Audits.TryGetValue(key, out value);

    public IEnumerator<KeyValuePair<string, ClaimAudit>> GetEnumerator() => Audits.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>A report's outlet label and the position of the ReportPublished it came from (the first one wins).</summary>
internal sealed record ReportLabel(string Source, long Position);
