namespace Story.Projections;

/// <summary>
/// Every event that touched one claim, in log order: the order Story learned them, which is what an audit retraces.
/// <c>Statement</c> is the claim's current statement, as in the story state: the latest correction by publication
/// time, else the earliest report's statement, and null while neither has been seen.
/// </summary>
public sealed record ClaimAudit(string ClaimId, string? Statement, IReadOnlyList<AuditEntry> Entries);
