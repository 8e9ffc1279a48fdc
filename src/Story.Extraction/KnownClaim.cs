using Story.Facts;

namespace Story.Extraction;

/// <summary>A claim already in the story, with the text of every quote that reported or corroborated it.</summary>
public sealed record KnownClaim(
    string ClaimId,
    string Statement,
    IReadOnlyList<string> Entities,
    OccurredAt? OccurredAt,
    IReadOnlyList<string> Quotes);
