using Story.Projections;

namespace Story.Application.Querying.AsOf;

/// <summary>One claim as it stood at a moment: its state (null while no report had made it) and its audit trail.</summary>
public sealed record ClaimAsOf(string ClaimId, Moment Moment, ClaimState? State, ClaimAudit? Audit);
