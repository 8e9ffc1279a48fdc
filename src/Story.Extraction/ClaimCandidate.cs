using Story.Facts;

namespace Story.Extraction;

/// <summary>
/// Something a report claims, as proposed by extraction: a readable <see cref="Statement"/>, the exact words that
/// carry it (<see cref="Quote"/>), who the report cites for it (<see cref="Attribution"/>, "the report" when the
/// outlet says it in its own voice), how firmly, which entities it names, when it happened, and what kind of
/// sentence it came from (see <see cref="ClaimKinds"/>).
/// </summary>
public sealed record ClaimCandidate(
    string Statement,
    QuoteSpan Quote,
    string Attribution,
    Hedging Hedging,
    IReadOnlyList<string> Entities,
    OccurredAt? OccurredAt,
    string Kind)
{
    /// <summary>The candidate contrasts with, and denies, the one before it in the same sentence ("A, though Moscow denies it").</summary>
    public bool DisputesPrevious { get; init; }
}

/// <summary>The kinds of sentence a <see cref="ClaimCandidate"/> comes from.</summary>
public static class ClaimKinds
{
    /// <summary>A statement the report attributes to a source: said, told, according to, wrote on X.</summary>
    public const string Attributed = "attributed";

    /// <summary>Direct speech with its speaker: “...,” he said.</summary>
    public const string Quoted = "quoted";

    /// <summary>What a reported plan contains: the plan would / includes / envisions / calls for.</summary>
    public const string PlanContent = "plan-content";

    /// <summary>Something that happened on a date the sentence gives.</summary>
    public const string DatedEvent = "dated-event";

    /// <summary>Anything else the report states in its own voice.</summary>
    public const string Assertion = "assertion";

    /// <summary>The attribution of a claim the report makes in its own voice.</summary>
    public const string OwnVoice = "the report";
}
