using Story.Extraction.Candidates;
using Story.Extraction.Dates;
using Story.Extraction.Entities;
using Story.Facts;

namespace Story.Extraction.Linking;

/// <summary>
/// Decides, for each candidate of a report, whether it corroborates a known claim, disputes one, or is new.
/// Each candidate is scored against every known claim (the best of the claim's statement and quotes); the best
/// pairs above the threshold are assigned greedily, so that one report corroborates (or disputes) a claim at most
/// once, with its best-matching sentence. A candidate that restates a claim the report already makes is a repeat:
/// a report does not corroborate itself.
/// </summary>
public sealed class ClaimLinker(EntityRecognizer recognizer, IngestionOptions? options = null)
{
    private readonly IngestionOptions _options = options ?? IngestionOptions.Default;

    /// <summary>Links <paramref name="candidates"/> (in text order) of a report published at <paramref name="publishedAt"/>.</summary>
    public LinkResult Link(IReadOnlyList<ClaimCandidate> candidates, IReadOnlyList<KnownClaim> known, DateTimeOffset publishedAt, Func<ClaimCandidate, string> newClaimId)
    {
        var candidateFeatures = candidates.Select(c => ClaimFeatures.Of(c.Statement, recognizer)).ToList();
        var knownTexts = known.Select(k => KnownTexts(k)).ToList();
        // The report's own sentences count as documents too: a word every sentence of it uses says little.
        var quoteFeatures = candidates.Select(c => ClaimFeatures.Of(AttributionParser.ContentOf(c.Quote.Text), recognizer)).ToList();
        var weights = new TermWeights(knownTexts.Select(ClaimFeatures.Union).Concat(quoteFeatures));

        // Every (candidate, known claim) pair worth considering, best first.
        var pairs = new List<Pair>();
        for (var c = 0; c < candidates.Count; c++)
        {
            var contentDate = SingleDay(candidates[c].Statement, publishedAt);
            for (var k = 0; k < known.Count; k++)
            {
                var best = BestText(candidateFeatures[c], knownTexts[k], weights);
                if (best.Match.Score < Math.Min(_options.DisputeThreshold, _options.CorroborationThreshold) || best.Match.SharedTerms < _options.MinSharedWords)
                {
                    continue;
                }

                var contradictions = Contradictions.Between(candidateFeatures[c], contentDate, best.Features, known[k].OccurredAt, best.Match, _options);
                var kind = contradictions.Count > 0 && best.Match.Score >= _options.DisputeThreshold ? LinkDecisionKind.Dispute
                    : best.Match.Score >= _options.CorroborationThreshold && contradictions.Count == 0 ? LinkDecisionKind.Corroboration
                    : (LinkDecisionKind?)null;
                if (kind is { } decided)
                {
                    pairs.Add(new Pair(c, k, decided, Evidence(best.Match, known[k].ClaimId, contradictions)));
                }
            }
        }

        // Best pairs first. A report corroborates (or disputes) a known claim once, with its best-matching sentence;
        // one sentence may carry several known claims ("a delegation led by Driscoll and George was in Kyiv").
        var links = candidates.Select(_ => new List<LinkDecision>()).ToArray();
        var repeats = new List<LinkDecision>();
        var taken = new HashSet<(int Known, LinkDecisionKind Kind)>();
        var matchedElsewhere = new Dictionary<int, Pair>();
        foreach (var pair in pairs.OrderByDescending(p => p.Evidence.Score).ThenBy(p => p.Candidate))
        {
            var claimId = known[pair.Known].ClaimId;
            if (links[pair.Candidate].Any(d => d.ClaimId == claimId) || (links[pair.Candidate].Count > 0 && !AddsEvidence(pair.Evidence, links[pair.Candidate])))
            {
                continue;
            }

            if (taken.Add((pair.Known, pair.Kind)))
            {
                links[pair.Candidate].Add(new LinkDecision(candidates[pair.Candidate], pair.Kind, pair.Evidence) { ClaimId = claimId });
            }
            else
            {
                matchedElsewhere.TryAdd(pair.Candidate, pair);
            }
        }

        // The rest are new, unless they repeat a claim this report already makes or already links.
        var decisions = new List<LinkDecision>();
        var accepted = new List<(int Candidate, string ClaimId)>();
        for (var c = 0; c < candidates.Count; c++)
        {
            if (links[c].Count > 0)
            {
                decisions.AddRange(links[c]);
                accepted.AddRange(links[c].Select(d => (c, d.ClaimId!)));
                continue;
            }

            if (matchedElsewhere.TryGetValue(c, out var elsewhere))
            {
                repeats.Add(new LinkDecision(candidates[c], elsewhere.Kind, elsewhere.Evidence) { ClaimId = known[elsewhere.Known].ClaimId });
                continue;
            }

            // Within one report, sentences are compared by their own words: the subject or list head a statement
            // borrows from its sentence ("Additional provisions include ...") would make every item look alike.
            var repeat = accepted
                .Where(a => a.Candidate != c)
                .Select(a => (a.ClaimId, Match: Similarity.Compare(quoteFeatures[c], quoteFeatures[a.Candidate], weights, _options)))
                .Where(x => x.Match.Score >= _options.CorroborationThreshold && x.Match.SharedTerms >= _options.MinSharedWords)
                .OrderByDescending(x => x.Match.Score)
                .FirstOrDefault();
            if (repeat.Match is not null)
            {
                repeats.Add(new LinkDecision(candidates[c], LinkDecisionKind.Corroboration, Evidence(repeat.Match, repeat.ClaimId, [])) { ClaimId = repeat.ClaimId });
                continue;
            }

            var bestKnown = BestAmongKnown(candidateFeatures[c], knownTexts, known, weights);
            var id = newClaimId(candidates[c]);
            decisions.Add(new LinkDecision(candidates[c], LinkDecisionKind.NewClaim, bestKnown) { ClaimId = id });
            accepted.Add((c, id));
        }

        return new LinkResult(decisions, repeats);
    }

    // A second claim for the same sentence must rest on what the sentence says besides what matched the first:
    // a delegation "led by Driscoll" that matched one claim does not also corroborate every claim about a delegation.
    private bool AddsEvidence(LinkEvidence evidence, List<LinkDecision> already)
    {
        var used = already.SelectMany(d => d.Evidence.SharedWords.Concat(d.Evidence.SharedEntities).Concat(d.Evidence.SharedNumbers)).ToHashSet(StringComparer.Ordinal);
        var fresh = evidence.SharedWords.Concat(evidence.SharedEntities).Concat(evidence.SharedNumbers).Count(t => !used.Contains(t));
        return fresh >= _options.MinFreshTermsForSecondLink && evidence.Score >= _options.SecondLinkShareOfFirst * already.Max(d => d.Evidence.Score);
    }

    private List<ClaimFeatures> KnownTexts(KnownClaim claim)
    {
        var texts = new List<ClaimFeatures> { ClaimFeatures.Of(claim.Statement, recognizer, claim.Entities) };
        texts.AddRange(claim.Quotes.Select(q => ClaimFeatures.Of(AttributionParser.ContentOf(q), recognizer)));
        return texts;
    }

    private (Similarity.Match Match, ClaimFeatures Features) BestText(ClaimFeatures candidate, List<ClaimFeatures> texts, TermWeights weights) =>
        texts.Select(t => (Match: Similarity.Compare(candidate, t, weights, _options), Features: t))
            .OrderByDescending(x => x.Match.Score)
            .First();

    // For a new claim, the evidence still says what came closest, so a reader can see why it was not linked.
    private LinkEvidence BestAmongKnown(ClaimFeatures candidate, List<List<ClaimFeatures>> knownTexts, IReadOnlyList<KnownClaim> known, TermWeights weights)
    {
        if (known.Count == 0)
        {
            return LinkEvidence.None;
        }

        var best = knownTexts.Select((texts, k) => (Best: BestText(candidate, texts, weights), k)).OrderByDescending(x => x.Best.Match.Score).First();
        return Evidence(best.Best.Match, known[best.k].ClaimId, []);
    }

    private static OccurredAt? SingleDay(string statement, DateTimeOffset publishedAt)
    {
        var days = DateResolver.FindAll(statement, publishedAt).Where(d => d.OccurredAt.Precision == TimePrecision.Day).ToList();
        return days.Count == 1 ? days[0].OccurredAt : null;
    }

    private static LinkEvidence Evidence(Similarity.Match match, string? claimId, IReadOnlyList<string> contradictions) =>
        new(Math.Round(match.Score, 4), claimId, match.SharedWords, match.SharedEntities, match.SharedNumberKeys, contradictions);

    private sealed record Pair(int Candidate, int Known, LinkDecisionKind Kind, LinkEvidence Evidence);
}

/// <summary>The decisions for a report's candidates (text order), and the candidates that repeat a claim the report already makes.</summary>
public sealed record LinkResult(IReadOnlyList<LinkDecision> Decisions, IReadOnlyList<LinkDecision> Repeats);
