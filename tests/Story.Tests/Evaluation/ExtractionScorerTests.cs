using Story.Application.Evaluation;
using Story.Facts;

namespace Story.Tests.Evaluation;

/// <summary>The scoring definitions of `story eval-extraction`, on small hand-made answer keys.</summary>
public class ExtractionScorerTests
{
    private static readonly DateTimeOffset At = new(2025, 3, 14, 9, 0, 0, TimeSpan.Zero);

    private static readonly Dictionary<string, string> Texts = new()
    {
        ["a"] = new string('a', 200),
        ["b"] = new string('b', 200),
        ["c"] = new string('c', 200),
    };

    private static QuoteSpan Span(string report, int start, int end) => new(start, end, Texts[report][start..end]);

    private static ClaimReported Reported(string claim, string report, int start, int end) =>
        new(claim, "s", report, "statement", [], "the report", Hedging.Asserted, Span(report, start, end), At);

    private static ClaimCorroborated Corroborated(string claim, string report, int start, int end) =>
        new(claim, "s", report, "the report", Hedging.Asserted, Span(report, start, end), At);

    private static ClaimDisputed Disputed(string claim, string report, int start, int end) =>
        new(claim, "s", report, "the report", Span(report, start, end), "reason", At);

    [Fact]
    public void Mention_OverlapOfHalfTheShorterSpan_Matches()
    {
        var curated = new Mention("a", 0, 100, "k", MentionKind.Reported);

        Assert.True(new Mention("a", 90, 110, "x", MentionKind.Reported).Matches(curated));
        Assert.False(new Mention("a", 95, 115, "x", MentionKind.Reported).Matches(curated));
        Assert.False(new Mention("b", 0, 100, "x", MentionKind.Reported).Matches(curated));
    }

    [Fact]
    public void Score_OneClusterAcrossThreeReports_CountsPairsOfMentionsInDifferentReports()
    {
        // Given a claim the key has in three reports, and an extraction that linked two of them and missed the third's link
        Fact[] curated = [Reported("k", "a", 0, 50), Corroborated("k", "b", 0, 50), Corroborated("k", "c", 100, 150)];
        Fact[] extracted = [Reported("x", "a", 10, 50), Corroborated("x", "b", 0, 40), Reported("y", "c", 100, 140)];

        var score = ExtractionScorer.Score(curated, extracted, Texts);

        // Then the claim was found, the one extracted pair is right, and one of three curated pairs was recalled
        Assert.Equal(new Ratio(1, 1), score.ClaimRecall);
        Assert.Equal(new Ratio(1, 1), score.LinkPrecision);
        Assert.Equal(new Ratio(1, 3), score.LinkRecall);
        Assert.Equal(new Ratio(1, 3), score.LinkRecallAllPairs);
    }

    [Fact]
    public void Score_ExtractedLinkAcrossTwoCuratedClaims_IsAWrongPair()
    {
        Fact[] curated = [Reported("k1", "a", 0, 50), Reported("k2", "b", 0, 50), Corroborated("k1", "c", 0, 50)];
        Fact[] extracted = [Reported("x", "a", 0, 50), Corroborated("x", "b", 0, 50), Reported("y", "c", 0, 50)];

        var score = ExtractionScorer.Score(curated, extracted, Texts);

        Assert.Equal(new Ratio(0, 1), score.LinkPrecision);
        Assert.Equal(new Ratio(0, 1), score.LinkRecall);
        Assert.Single(score.WrongLinks);
        Assert.Single(score.MissedLinks);
    }

    [Fact]
    public void Score_MentionsExtractionNeverFound_CountOnlyInTheAllPairsRecall()
    {
        Fact[] curated = [Reported("k", "a", 0, 50), Corroborated("k", "b", 0, 50)];
        Fact[] extracted = [Reported("x", "a", 0, 50)];

        var score = ExtractionScorer.Score(curated, extracted, Texts);

        Assert.Equal(0, score.LinkRecall.Total);
        Assert.Null(score.LinkRecall.Value);
        Assert.Equal(new Ratio(0, 1), score.LinkRecallAllPairs);
    }

    [Fact]
    public void Score_Disputes_AreMatchedBySpanInTheSameReport()
    {
        Fact[] curated = [Reported("k", "a", 0, 50), Disputed("k", "b", 0, 50), Disputed("k", "c", 0, 50)];
        Fact[] extracted = [Reported("x", "a", 0, 50), Disputed("x", "b", 10, 60), Disputed("x", "a", 100, 150)];

        var score = ExtractionScorer.Score(curated, extracted, Texts);

        Assert.Equal(new Ratio(1, 2), score.DisputeRecall);
        Assert.Equal(new Ratio(1, 2), score.DisputePrecision);
    }
}
