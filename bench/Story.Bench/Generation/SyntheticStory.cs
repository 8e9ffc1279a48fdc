using System.Globalization;
using System.Text;
using Story.Facts;
using Story.Store;

namespace Story.Bench.Generation;

/// <summary>
/// A deterministic story of any length: reports of 1-4 KB of text, each followed by the claim facts it carries (new
/// claims, corroborations, disputes, corrections, retractions) with quotes of 100-300 characters that are real spans of
/// that report's text. About one report in fifty is recorded late: published up to two days before its neighbours,
/// so the reported and recorded axes differ. Claims touched again are picked among the most recent ones, as news does.
/// </summary>
public sealed class SyntheticStory(int seed = 20251120)
{
    public const string StoryId = "bench-story";
    private const int RecentClaims = 2_000;
    private static readonly DateTimeOffset Start = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static string StreamId => StoryStreams.For(StoryId);

    public static EventMetadata MetadataFor(GeneratedFact fact) => new(
        CorrelationId: fact.Fact is ReportPublished r ? r.ReportId : null,
        Actor: "bench");

    public static EventData ToEventData(GeneratedFact fact) => FactJson.ToEventData(fact.Fact, fact.EventId, MetadataFor(fact));

    /// <summary>The first <paramref name="count"/> facts of the story.</summary>
    public IEnumerable<GeneratedFact> Facts(int count)
    {
        var random = new Random(seed);
        var claims = new List<string>();
        var emitted = 0;
        for (var reportIndex = 0; emitted < count; reportIndex++)
        {
            var report = Report(random, reportIndex);
            yield return new GeneratedFact(report, NewId(random));
            if (++emitted == count)
            {
                yield break;
            }

            var claimFacts = random.Next(6, 25);
            for (var i = 0; i < claimFacts; i++)
            {
                yield return new GeneratedFact(ClaimFact(random, report, claims), NewId(random));
                if (++emitted == count)
                {
                    yield break;
                }
            }
        }
    }

    private static ReportPublished Report(Random random, int index)
    {
        var published = Start.AddMinutes(index * 3.0).AddSeconds(random.Next(0, 60));
        if (random.Next(50) == 0)
        {
            published = published.AddHours(-random.Next(1, 48));
        }

        var text = Text(random, random.Next(1024, 4097));
        var id = "r" + index.ToString("D6", CultureInfo.InvariantCulture);
        return new ReportPublished(
            id, StoryId, Pick(random, Vocabulary.Outlets), published, PublishedAtIsEstimate: random.Next(20) == 0, text,
            ContentHash: "sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text))),
            Title: "Report " + id, Url: "https://example.org/" + id);
    }

    private static Fact ClaimFact(Random random, ReportPublished report, List<string> claims)
    {
        var roll = claims.Count == 0 ? 0 : random.Next(100);
        var quote = Quote(random, report.Text);
        var at = report.PublishedAt;
        if (roll < 30)
        {
            var id = "c" + claims.Count.ToString("D7", CultureInfo.InvariantCulture);
            claims.Add(id);
            var statement = quote.Text[..Math.Min(quote.Text.Length, random.Next(60, 160))];
            var entities = Enumerable.Range(0, random.Next(1, 4)).Select(_ => Pick(random, Vocabulary.Entities)).Distinct(StringComparer.Ordinal).ToList();
            var occurred = random.Next(2) == 0 ? null : new OccurredAt(at.AddHours(-random.Next(0, 72)).Date, TimePrecision.Day);
            return new ClaimReported(id, StoryId, report.ReportId, statement, entities, Pick(random, Vocabulary.Attributions), (Hedging)random.Next(5), quote, at, occurred);
        }

        var claim = claims[claims.Count - 1 - random.Next(Math.Min(claims.Count, RecentClaims))];
        return roll switch
        {
            < 80 => new ClaimCorroborated(claim, StoryId, report.ReportId, Pick(random, Vocabulary.Attributions), (Hedging)random.Next(5), quote, at),
            < 94 => new ClaimDisputed(claim, StoryId, report.ReportId, Pick(random, Vocabulary.Attributions), quote, Pick(random, Vocabulary.Reasons), at),
            < 98 => new ClaimCorrected(claim, StoryId, quote.Text[..Math.Min(quote.Text.Length, 120)], Pick(random, Vocabulary.Reasons), at, report.ReportId, quote),
            _ => new ClaimRetracted(claim, StoryId, Pick(random, Vocabulary.Reasons), at, report.ReportId, quote),
        };
    }

    private static QuoteSpan Quote(Random random, string text)
    {
        var length = random.Next(100, 301);
        var start = random.Next(0, text.Length - length + 1);
        return new QuoteSpan(start, start + length, text.Substring(start, length));
    }

    private static string Text(Random random, int length)
    {
        var text = new StringBuilder(length + 16);
        var sentenceWords = 0;
        while (text.Length < length)
        {
            var word = Pick(random, Vocabulary.Words);
            if (sentenceWords == 0)
            {
                text.Append(char.ToUpperInvariant(word[0])).Append(word, 1, word.Length - 1);
            }
            else
            {
                text.Append(' ').Append(word);
            }

            if (++sentenceWords > 8 && random.Next(6) == 0)
            {
                text.Append(". ");
                sentenceWords = 0;
            }
        }

        return text.ToString(0, length);
    }

    private static Guid NewId(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];
}
