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

    /// <summary>
    /// Links <paramref name="candidates"/> (in text order) of a report published at <paramref name="publishedAt"/>.
    /// <paramref name="storySentences"/> are the sentences of the story's reports (this one's included): how often a
    /// word occurs among them sets its weight, so that the story's own vocabulary ("end the war") says little.
    /// </summary>
    public LinkResult Link(IReadOnlyList<ClaimCandidate> candidates, IReadOnlyList<KnownClaim> known, DateTimeOffset publishedAt, Func<ClaimCandidate, string> newClaimId, IEnumerable<string>? storySentences = null)
    {
        var candidateFeatures = candidates.Select(c => ClaimFeatures.Of(c.Statement, recognizer)).ToList();
        var knownTexts = known.Select(k => KnownTexts(k)).ToList();
        var quoteFeatures = candidates.Select(c => ClaimFeatures.Of(AttributionParser.ContentOf(c.Quote.Text), recognizer)).ToList();
        var background = (storySentences ?? []).Select(t => ClaimFeatures.Of(t, recognizer));
        var weights = new TermWeights(knownTexts.Select(ClaimFeatures.Union).Concat(quoteFeatures).Concat(background));

        // Every (candidate, known claim) pair worth considering, best first.
        var pairs = new List<Pair>();
        for (var c = 0; c < candidates.Count; c++)
        {
            if (candidates[c].DisputesPrevious && c > 0)
            {
                continue; // decided below, by what the clause it denies is decided to be
            }

            var contentDate = SingleDay(candidates[c].Statement, publishedAt);
            for (var k = 0; k < known.Count; k++)
            {
                var best = BestText(candidateFeatures[c], knownTexts[k], weights);
                if (best.Match.Score < Math.Min(_options.DisputeThreshold, _options.CorroborationThreshold) || !best.Match.SharesEnough(_options.MinSharedWords))
                {
                    continue;
                }

                var contradictions = Contradictions.Between(candidateFeatures[c], contentDate, best.Features, known[k].OccurredAt, best.Match, _options);
                // A dispute needs full evidence that both speak of the same thing: no allowance for short texts.
                var kind = contradictions.Count > 0 && best.Match.Score >= _options.DisputeThreshold && best.Match.SharedTerms >= _options.MinSharedWords ? LinkDecisionKind.Dispute
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
        var taken = new Dictionary<(int Known, LinkDecisionKind Kind), int>();
        var matchedElsewhere = new Dictionary<int, Pair>();
        var restating = new HashSet<int>();
        foreach (var pair in pairs.OrderByDescending(p => p.Evidence.Score).ThenBy(p => p.Candidate))
        {
            var claimId = known[pair.Known].ClaimId;
            if (restating.Contains(pair.Candidate) || links[pair.Candidate].Any(d => d.ClaimId == claimId)
                || (links[pair.Candidate].Count > 0 && !AddsEvidence(pair.Evidence, links[pair.Candidate])))
            {
                continue;
            }

            if (taken.TryAdd((pair.Known, pair.Kind), pair.Candidate))
            {
                links[pair.Candidate].Add(new LinkDecision(candidates[pair.Candidate], pair.Kind, pair.Evidence) { ClaimId = claimId });
            }
            else if (matchedElsewhere.TryAdd(pair.Candidate, pair) && links[pair.Candidate].Count == 0
                && Restates(quoteFeatures[pair.Candidate], quoteFeatures[taken[(pair.Known, pair.Kind)]], weights))
            {
                // Its best claim went to a sentence it restates: it is that sentence again, not a match for its next-best claim.
                restating.Add(pair.Candidate);
            }
        }

        // The rest are new, unless they repeat a claim this report already makes or already links.
        var decisions = new List<LinkDecision>();
        var accepted = new List<(int Candidate, string ClaimId)>();
        for (var c = 0; c < candidates.Count; c++)
        {
            if (candidates[c].DisputesPrevious && c > 0 && ClaimOf(c - 1, decisions, repeats, candidates) is { } denied)
            {
                var evidence = new LinkEvidence(1, denied, [], [], [], [$"denial: a clause contrasting with the claim denies it (“{Excerpt(candidates[c].Quote.Text)}”)"]);
                decisions.Add(new LinkDecision(candidates[c], LinkDecisionKind.Dispute, evidence) { ClaimId = denied });
                continue;
            }

            if (links[c].Count > 0)
            {
                decisions.AddRange(links[c]);
                accepted.AddRange(links[c].Select(d => (c, d.ClaimId!)));
                continue;
            }

            // A sentence whose claim another sentence of the report took restates it only if the two sentences
            // are alike; otherwise it matched through what the claim shares with something else it says.
            if (restating.Contains(c) && matchedElsewhere.TryGetValue(c, out var elsewhere))
            {
                repeats.Add(new LinkDecision(candidates[c], elsewhere.Kind, elsewhere.Evidence) { ClaimId = known[elsewhere.Known].ClaimId });
                continue;
            }

            // Within one report, sentences are compared by their own words: the subject or list head a statement
            // borrows from its sentence ("Additional provisions include ...") would make every item look alike.
            var repeat = accepted
                .Where(a => a.Candidate != c)
                .Select(a => (a.Candidate, a.ClaimId, Match: Similarity.Compare(quoteFeatures[c], quoteFeatures[a.Candidate], weights, _options)))
                .Where(x => x.Match.Score >= _options.CorroborationThreshold && x.Match.SharesEnough(_options.MinSharedWords)
                    && Contradictions.Between(quoteFeatures[c], null, quoteFeatures[x.Candidate], null, x.Match, _options).Count == 0)
                .OrderByDescending(x => x.Match.Score)
                .FirstOrDefault();
            if (repeat.Match is not null)
            {
                var earlier = decisions.FindIndex(d => ReferenceEquals(d.Candidate, candidates[repeat.Candidate]) && d.Kind == LinkDecisionKind.NewClaim);
                if (earlier >= 0 && Informativeness(quoteFeatures[c]) > Informativeness(quoteFeatures[repeat.Candidate]))
                {
                    // The report says its new claim twice: the fuller sentence ("cuts to the size of Ukraine's armed
                    // forces" after "reduce parts of its military") states it, the other restates it.
                    var fuller = new LinkDecision(candidates[c], LinkDecisionKind.NewClaim, decisions[earlier].Evidence) { ClaimId = newClaimId(candidates[c]) };
                    decisions.RemoveAt(earlier);
                    decisions.Add(fuller);
                    accepted.RemoveAll(a => a.Candidate == repeat.Candidate);
                    accepted.Add((c, fuller.ClaimId!));
                    repeats.Add(new LinkDecision(candidates[repeat.Candidate], LinkDecisionKind.Corroboration, Evidence(repeat.Match, fuller.ClaimId, [])) { ClaimId = fuller.ClaimId });
                    for (var r = 0; r < repeats.Count; r++)
                    {
                        if (repeats[r].ClaimId == repeat.ClaimId)
                        {
                            repeats[r] = repeats[r] with { ClaimId = fuller.ClaimId };
                        }
                    }

                    for (var d = 0; d < decisions.Count; d++)
                    {
                        if (decisions[d].ClaimId == repeat.ClaimId)
                        {
                            decisions[d] = decisions[d] with { ClaimId = fuller.ClaimId, Evidence = decisions[d].Evidence with { MatchedClaimId = fuller.ClaimId } };
                        }
                    }

                    continue;
                }

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

    // The claim a candidate was decided to be: the one it states, corroborates or repeats.
    private static string? ClaimOf(int c, List<LinkDecision> decisions, List<LinkDecision> repeats, IReadOnlyList<ClaimCandidate> candidates) =>
        decisions.Concat(repeats).FirstOrDefault(d => ReferenceEquals(d.Candidate, candidates[c]) && d.Kind != LinkDecisionKind.Dispute)?.ClaimId;

    private static string Excerpt(string text) => text.Length <= 60 ? text : text[..59] + "…";

    private static int Informativeness(ClaimFeatures f) => f.Stems.Count + f.Entities.Count + f.Numbers.Count;

    private bool Restates(ClaimFeatures a, ClaimFeatures b, TermWeights weights)
    {
        var match = Similarity.Compare(a, b, weights, _options);
        return match.Score >= _options.CorroborationThreshold && match.SharesEnough(_options.MinSharedWords)
            && Contradictions.Between(a, null, b, null, match, _options).Count == 0;
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
