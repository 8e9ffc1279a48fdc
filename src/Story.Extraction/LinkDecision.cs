namespace Story.Extraction;

/// <summary>What a candidate is to the story: a claim not seen before, or a known claim again, agreeing or contradicting.</summary>
public enum LinkDecisionKind
{
    NewClaim,
    Corroboration,
    Dispute,
}

/// <summary>Why a candidate was linked (or not): the best score, the claim it matched, and what they share or contradict.</summary>
public sealed record LinkEvidence(
    double Score,
    string? MatchedClaimId,
    IReadOnlyList<string> SharedWords,
    IReadOnlyList<string> SharedEntities,
    IReadOnlyList<string> SharedNumbers,
    IReadOnlyList<string> Contradictions)
{
    public static LinkEvidence None { get; } = new(0, null, [], [], [], []);
}

/// <summary>The decision for one candidate.</summary>
public sealed record LinkDecision(ClaimCandidate Candidate, LinkDecisionKind Kind, LinkEvidence Evidence)
{
    /// <summary>The claim this decision is about: the matched claim, or the new one's id for <see cref="LinkDecisionKind.NewClaim"/>.</summary>
    public string? ClaimId { get; init; }
}
