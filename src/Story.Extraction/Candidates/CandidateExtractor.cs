using System.Text.RegularExpressions;
using Story.Extraction.Dates;
using Story.Extraction.Entities;
using Story.Extraction.Numbers;
using Story.Extraction.Segmentation;
using Story.Facts;

namespace Story.Extraction.Candidates;

/// <summary>
/// Proposes the claims a report makes, sentence by sentence and clause by clause: attributed statements,
/// quoted speech with its speaker, what a reported plan contains, dated events, and other assertions that name
/// an entity, a number or a date. Each candidate's quote is an exact span of the report text.
/// </summary>
public sealed partial class CandidateExtractor(EntityRecognizer recognizer, IngestionOptions? options = null)
{
    private readonly IngestionOptions _options = options ?? IngestionOptions.Default;

    [GeneratedRegex(@"\b(?:could|might|may|likely|unlikely|appears?\s+to|seems?\s+to|should|perhaps|possibly|probably|would)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Speculative();

    [GeneratedRegex(@"\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed)?|refute[sd]?|disput(?:e|es|ed)|dismiss(?:es|ed)?|contradict(?:s|ed)?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Denial();

    [GeneratedRegex(@"\b(?:we|our|us|you|your|I|my)\b", RegexOptions.CultureInvariant)]
    private static partial Regex FirstOrSecondPerson();

    [GeneratedRegex(@"\b(?:official|officials|spokesman|spokeswoman|spokesperson|minister|president|secretary|diplomat|diplomats|source|sources|envoy|commander|analyst|analysts|lawmaker|lawmakers|adviser|advisor|aide|person|people|ambassador|chancellor|leader|PM|chief|general)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PersonNoun();

    /// <summary>The candidates of <paramref name="report"/>, in text order.</summary>
    public IReadOnlyList<ClaimCandidate> Extract(RawReport report) => ExtractDetailed(report).Candidates.Select(c => c.Candidate).ToList();

    internal ReportExtraction ExtractDetailed(RawReport report)
    {
        var text = report.Text;
        var vocabulary = ReportVocabulary.Of(text);
        var memory = new SpeakerMemory();
        var candidates = new List<ExtractedCandidate>();
        var mentions = new List<EntityMention>();
        string? previousKind = null;
        var previousSentenceDescribedPlan = false;
        var previousSentence = -1;

        foreach (var sentence in SentenceSegmenter.Split(text))
        {
            if (Boilerplate.IsBoilerplate(sentence, _options.MinHeadlineWords) || IsQuestion(sentence.Text))
            {
                continue;
            }

            var start = sentence.Start + Dateline.Length(sentence.Text);
            var sentenceMentions = recognizer.Find(text, start, sentence.End, vocabulary);
            mentions.AddRange(sentenceMentions);
            var isHeadline = !sentence.HasFinalPunctuation;
            var sentenceDate = DateResolver.Resolve(text[start..sentence.End], report.PublishedAt);

            string? parentSource = null;
            var parentIsPerson = false;
            var continuesPlan = (previousKind == ClaimKinds.PlanContent && previousSentence >= sentence.Index - 1) || previousSentenceDescribedPlan;
            previousSentenceDescribedPlan = PlanContent.Describes(QuoteMask.Mask(text[start..sentence.End]));

            // "A, one that would B, according to two people familiar": the trailing source speaks for every clause.
            var sentenceSource = AttributionParser.TrailingSource(text[start..sentence.End]);
            foreach (var clause in ClauseSplitter.Split(text, start, sentence.End, continuesPlan))
            {
                var clauseText = text[clause.Start..clause.End];
                var attribution = AttributionParser.Parse(clauseText);
                string? source = null;
                var isPerson = false;
                if (clause.Link == ClauseLink.SameSource && parentSource is not null && attribution is not { Source: not null })
                {
                    source = parentSource;
                    isPerson = parentIsPerson;
                    attribution = new Attribution(parentSource, false, clauseText, 0, clauseText.Length, IsWholeQuote(clauseText), "same-source");
                }
                else if (attribution is { Source: { } named })
                {
                    if (attribution.SourceIsPronoun)
                    {
                        var resolved = memory.Resolve(named);
                        source = resolved?.Name ?? named;
                        isPerson = resolved?.IsPerson ?? named.ToLowerInvariant() is "he" or "she" or "him" or "her";
                    }
                    else
                    {
                        source = named;
                        isPerson = sentenceMentions.Any(m => m.IsPerson && named.Contains(m.Surface, StringComparison.Ordinal)) || PersonNoun().IsMatch(named);
                    }
                }
                else if (attribution is { Pattern: "quote-only" })
                {
                    source = memory.LastSpeaker;
                    isPerson = memory.LastSpeakerIsPerson;
                }
                else if (sentenceSource is not null)
                {
                    source = sentenceSource;
                    isPerson = PersonNoun().IsMatch(sentenceSource);
                    attribution = new Attribution(sentenceSource, false, clauseText, 0, clauseText.Length, IsWholeQuote(clauseText), "sentence-according-to");
                }

                if (source is not null && clause.Link != ClauseLink.SameSource)
                {
                    parentSource = source;
                    parentIsPerson = isPerson;
                }

                var candidate = Propose(report, clause, clauseText, attribution, source, sentenceMentions, sentenceDate, isHeadline,
                    continuesPlan);
                if (candidate is not null)
                {
                    // "A, though Moscow denies it": the contrasting clause disputes what the clause before it claims.
                    if (clause.Link == ClauseLink.Contrast && Denial().IsMatch(QuoteMask.Mask(clauseText))
                        && candidates.Count > 0 && candidates[^1].SentenceIndex == sentence.Index)
                    {
                        candidate = candidate with { DisputesPrevious = true };
                    }

                    candidates.Add(new ExtractedCandidate(candidate, sentence.Index));
                    previousKind = candidate.Kind;
                    previousSentence = sentence.Index;
                }

                if (source is not null)
                {
                    memory.Spoke(source, sentence.Index, isPerson);
                }
            }

            if (sentenceMentions.Count > 0 && sentenceMentions[0] is { IsPerson: true } first && first.Start - start <= 40)
            {
                memory.Subject(first.Surface, sentence.Index);
            }
        }

        return new ReportExtraction(candidates, mentions);
    }

    private ClaimCandidate? Propose(
        RawReport report,
        Clause clause,
        string clauseText,
        Attribution? attribution,
        string? source,
        IReadOnlyList<EntityMention> sentenceMentions,
        OccurredAt? sentenceDate,
        bool isHeadline,
        bool followsPlanContent)
    {
        var (quoteStart, quoteEnd) = TrimSpan(report.Text, clause.Start, clause.End);
        // An item of a list or a second predicate may be short ("reduce parts of its military"): its statement,
        // which gives it its subject, must be long enough, and the quote at least two words.
        var minQuoteWords = clause.Prefix is null ? _options.MinCandidateWords : 2;
        if (quoteEnd <= quoteStart || WordCount(report.Text[quoteStart..quoteEnd]) < minQuoteWords)
        {
            return null;
        }

        var masked = QuoteMask.Mask(clauseText);
        var clauseDate = DateResolver.Resolve(clauseText, report.PublishedAt);
        var hasNumber = NumberFinder.FindAll(masked).Count > 0;
        var entities = EntityRecognizer.Canonicals(sentenceMentions.Where(m => m.Start >= clause.Start && m.End <= clause.End));

        string kind;
        if (attribution is { ContentIsQuote: true } && (source is not null || attribution.Pattern == "quote-only"))
        {
            kind = ClaimKinds.Quoted;
        }
        else if (source is not null)
        {
            kind = ClaimKinds.Attributed;
        }
        else if (PlanContent.Describes(masked) || (followsPlanContent && PlanContent.Continues(masked))
            || (clause.Prefix is { } head && PlanContent.Describes(QuoteMask.Mask(head + " " + clauseText))))
        {
            kind = ClaimKinds.PlanContent;
        }
        else if (clauseDate is not null)
        {
            kind = ClaimKinds.DatedEvent;
        }
        else
        {
            kind = ClaimKinds.Assertion;
        }

        if (kind is ClaimKinds.Assertion or ClaimKinds.DatedEvent)
        {
            var saysSomethingConcrete = entities.Count > 0 || hasNumber || clauseDate is not null;
            if (!saysSomethingConcrete || Speculative().IsMatch(masked) || FirstOrSecondPerson().IsMatch(masked) || (isHeadline && entities.Count == 0))
            {
                return null;
            }
        }

        if (kind == ClaimKinds.Quoted && source is null)
        {
            return null; // a quotation whose speaker the report never names
        }

        var content = attribution is not null && (source is not null || kind == ClaimKinds.Quoted) ? attribution.Content : clauseText;
        var statement = StatementText.Clean(clause.Prefix is { } subject ? StatementText.WithSubject(subject, content) : content);
        if (source is not null && attribution is { SourceIsPronoun: false } && !Attribution.IsPronoun(source) && kind == ClaimKinds.Attributed)
        {
            // "Zelensky told Driscoll that he is prepared ..." -> "Zelensky is prepared ..."
            statement = StatementText.ReplaceLeadingPronoun(statement, source);
        }
        if (WordCount(statement) < (clause.Prefix is null ? 3 : _options.MinCandidateWords))
        {
            return null;
        }

        var hedging = HedgingDetector.Detect(clauseText, attributed: source is not null);
        var quote = new QuoteSpan(quoteStart, quoteEnd, report.Text[quoteStart..quoteEnd]);
        return new ClaimCandidate(statement, quote, source ?? ClaimKinds.OwnVoice, hedging, entities, clauseDate ?? sentenceDate, kind);
    }

    private static (int Start, int End) TrimSpan(string text, int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is ',' or ';'))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ',' or ';' or ':' or '—' or '–'))
        {
            end--;
        }

        return (start, end);
    }

    private static bool IsWholeQuote(string clause)
    {
        var t = clause.Trim();
        return t.Length > 2 && t[0] is '“' or '"' && t.TrimEnd('.', ',')[^1] is '”' or '"';
    }

    private static bool IsQuestion(string sentence) => sentence.TrimEnd('”', '"', '’', ')', ' ').EndsWith('?');

    private static int WordCount(string s) => s.Split([' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit));
}

/// <summary>A candidate with the index of the sentence it came from.</summary>
internal sealed record ExtractedCandidate(ClaimCandidate Candidate, int SentenceIndex);

/// <summary>Everything extraction found in one report: its candidates and every entity mention (for learning).</summary>
internal sealed record ReportExtraction(IReadOnlyList<ExtractedCandidate> Candidates, IReadOnlyList<EntityMention> Mentions);
