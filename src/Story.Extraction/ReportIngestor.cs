using Story.Entities;
using Story.Extraction.Candidates;
using Story.Extraction.Entities;
using Story.Extraction.Linking;
using Story.Extraction.Segmentation;
using Story.Facts;

namespace Story.Extraction;

/// <summary>
/// Reads a raw report and plans the facts that ingesting it would append to a story: the report itself, then a
/// reported, corroborated or disputed claim for each claim candidate, in text order. Pure apart from what it
/// remembers of the story: the person names each report introduces (so later reports resolve them) and each
/// report's sentences (so that words the story uses everywhere weigh little).
/// </summary>
public sealed class ReportIngestor
{
    private readonly EntityRecognizer _recognizer;
    private readonly CandidateExtractor _extractor;
    private readonly ClaimLinker _linker;
    private readonly IngestionOptions _options;
    private readonly List<string> _storySentences = [];

    public ReportIngestor(Gazetteer gazetteer, IngestionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        _options = options ?? IngestionOptions.Default;
        _recognizer = new EntityRecognizer(gazetteer);
        _extractor = new CandidateExtractor(_recognizer, _options);
        _linker = new ClaimLinker(_recognizer, _options);
    }

    /// <summary>
    /// The plan for <paramref name="report"/> in story <paramref name="storyId"/>, given the claims the story
    /// already holds. Throws <see cref="ReportRejectedException"/> for a report that cannot be ingested.
    /// </summary>
    public IngestionPlan Plan(RawReport report, string storyId, IReadOnlyList<KnownClaim> known)
    {
        ReportValidation.Validate(report);
        ArgumentException.ThrowIfNullOrWhiteSpace(storyId);
        ArgumentNullException.ThrowIfNull(known);

        var contentHash = ContentHash.Of(report.Text);
        var reportId = ReportIds.ForText(report.Text);
        var published = new ReportPublished(reportId, storyId, report.Source, report.PublishedAt,
            report.PublishedAtIsEstimate, report.Text, contentHash, report.Title, report.Url);

        var extraction = _extractor.ExtractDetailed(report);
        var candidates = extraction.Candidates.Select(c => c.Candidate).ToList();
        var sentences = SentenceSegmenter.Split(report.Text).Select(s => s.Text).ToList();
        var linked = _linker.Link(candidates, known, report.PublishedAt, c => ClaimIds.For(reportId, c.Statement, c.Quote.Start), _storySentences.Concat(sentences));
        _storySentences.AddRange(sentences);

        if (_options.LearnEntities)
        {
            // Only person names: the gazetteer indexes every learned multi-word name by its last word, and an
            // organisation's last word ("Ministry") would then resolve every other organisation of that kind.
            _recognizer.Learn(extraction.Mentions.Where(m => m.IsPerson));
        }

        var facts = new List<Fact> { published };
        facts.AddRange(linked.Decisions.Select(d => ToFact(d, storyId, reportId, report.PublishedAt)));
        return new IngestionPlan(published, linked.Decisions, facts) { Repeats = linked.Repeats };
    }

    /// <summary>
    /// Takes in an earlier report of the story as planning it did: its sentences (which weigh words by how common they
    /// are in the story) and the person names it introduced (so that an ingestor built afresh for each report resolves
    /// "Syrskyi" to the "Oleksandr Syrskyi" a previous report named).
    /// </summary>
    public void Remember(string reportText)
    {
        ArgumentNullException.ThrowIfNull(reportText);
        _storySentences.AddRange(SentenceSegmenter.Split(reportText).Select(s => s.Text));
        if (!_options.LearnEntities)
        {
            return;
        }

        var vocabulary = ReportVocabulary.Of(reportText);
        foreach (var sentence in SentenceSegmenter.Split(reportText))
        {
            _recognizer.Learn(_recognizer.Find(reportText, sentence.Start, sentence.End, vocabulary).Where(m => m.IsPerson));
        }
    }

    private static Fact ToFact(LinkDecision decision, string storyId, string reportId, DateTimeOffset reportedAt)
    {
        var c = decision.Candidate;
        var claimId = decision.ClaimId ?? throw new InvalidOperationException("A link decision without a claim id.");
        return decision.Kind switch
        {
            LinkDecisionKind.NewClaim => new ClaimReported(claimId, storyId, reportId, c.Statement, c.Entities, c.Attribution, c.Hedging, c.Quote, reportedAt, c.OccurredAt),
            LinkDecisionKind.Corroboration => new ClaimCorroborated(claimId, storyId, reportId, c.Attribution, c.Hedging, c.Quote, reportedAt),
            LinkDecisionKind.Dispute => new ClaimDisputed(claimId, storyId, reportId, c.Attribution, c.Quote, string.Join("; ", decision.Evidence.Contradictions), reportedAt),
            _ => throw new InvalidOperationException($"Unknown decision {decision.Kind}."),
        };
    }
}
