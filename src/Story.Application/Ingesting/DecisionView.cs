using System.Globalization;
using Story.Extraction;
using Story.Facts;

namespace Story.Application.Ingesting;

/// <summary>The <see cref="DecisionView.Kind"/> values.</summary>
public static class DecisionKinds
{
    public const string NewClaim = "new-claim";
    public const string Corroboration = "corroboration";
    public const string Dispute = "dispute";
    public const string Repeat = "repeat";

    public static string Of(LinkDecisionKind kind) => kind switch
    {
        LinkDecisionKind.NewClaim => NewClaim,
        LinkDecisionKind.Corroboration => Corroboration,
        LinkDecisionKind.Dispute => Dispute,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}

/// <summary>
/// One linking decision as a reader sees it: what the report says (statement, exact quote, attribution, hedging),
/// what was decided, and why: the score against the closest known claim and the words, entities and numbers they
/// share, or the contradictions that made it a dispute. For a new claim <see cref="MatchedClaimId"/> is the closest
/// known claim, which scored below the threshold.
/// </summary>
public sealed record DecisionView(
    string Kind,
    string ClaimId,
    double Score,
    string? MatchedClaimId,
    string Statement,
    QuoteSpan Quote,
    string Attribution,
    Hedging Hedging,
    string ExtractionKind,
    IReadOnlyList<string> SharedWords,
    IReadOnlyList<string> SharedEntities,
    IReadOnlyList<string> SharedNumbers,
    IReadOnlyList<string> Contradictions)
{
    public static DecisionView Of(LinkDecision decision, bool repeat = false)
    {
        var c = decision.Candidate;
        var e = decision.Evidence;
        return new DecisionView(
            repeat ? DecisionKinds.Repeat : DecisionKinds.Of(decision.Kind),
            decision.ClaimId ?? string.Empty,
            e.Score,
            e.MatchedClaimId,
            c.Statement,
            c.Quote,
            c.Attribution,
            c.Hedging,
            c.Kind,
            e.SharedWords,
            e.SharedEntities,
            e.SharedNumbers,
            e.Contradictions);
    }

    /// <summary>The evidence as event metadata properties, so <c>story audit</c> shows why the fact was linked as it was.</summary>
    public IReadOnlyDictionary<string, string> ToProperties()
    {
        var properties = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            [EvidenceKeys.Kind] = Kind,
            [EvidenceKeys.Score] = Score.ToString("0.000", CultureInfo.InvariantCulture),
            [EvidenceKeys.ExtractionKind] = ExtractionKind,
        };
        if (MatchedClaimId is not null)
        {
            properties[Kind == DecisionKinds.NewClaim ? EvidenceKeys.ClosestClaim : EvidenceKeys.MatchedClaim] = MatchedClaimId;
        }

        Add(properties, EvidenceKeys.SharedWords, SharedWords, ", ");
        Add(properties, EvidenceKeys.SharedEntities, SharedEntities, ", ");
        Add(properties, EvidenceKeys.SharedNumbers, SharedNumbers, ", ");
        Add(properties, EvidenceKeys.Contradictions, Contradictions, "; ");
        return properties;
    }

    private static void Add(SortedDictionary<string, string> properties, string key, IReadOnlyList<string> values, string separator)
    {
        if (values.Count > 0)
        {
            properties[key] = string.Join(separator, values);
        }
    }
}

/// <summary>The metadata keys under which an ingested fact keeps the evidence for its link.</summary>
public static class EvidenceKeys
{
    public const string Kind = "link.kind";
    public const string Score = "link.score";
    public const string MatchedClaim = "link.matchedClaim";
    public const string ClosestClaim = "link.closestClaim";
    public const string SharedWords = "link.sharedWords";
    public const string SharedEntities = "link.sharedEntities";
    public const string SharedNumbers = "link.sharedNumbers";
    public const string Contradictions = "link.contradictions";
    public const string ExtractionKind = "extraction.kind";
    public const string ContentHash = "ingest.contentHash";
}
