using Story.Facts;

namespace Story.Store.Tests.Contract;

/// <summary>Real facts, so that the store is exercised with the shapes it holds in production.</summary>
public static class TestFacts
{
    public const string ReportText =
        "Kyiv — Ukraine's president Volodymyr Zelenskyy said on Saturday that talks «would resume next week», officials reported. 🇺🇦";

    public static ReportPublished Report(string storyId, string reportId) => new(
        ReportId: reportId,
        StoryId: storyId,
        Source: "Kyiv Independent",
        Title: "Talks to resume, Zelenskyy says",
        Url: "https://example.org/news/" + reportId,
        PublishedAt: new DateTimeOffset(2024, 2, 24, 9, 15, 0, TimeSpan.FromHours(2)),
        PublishedAtIsEstimate: false,
        Text: ReportText,
        ContentHash: "sha256:" + new string('a', 64));

    public static ClaimReported Claim(string storyId, string claimId, string reportId)
    {
        const string quoted = "talks «would resume next week»";
        var start = ReportText.IndexOf(quoted, StringComparison.Ordinal);
        return new ClaimReported(
            ClaimId: claimId,
            StoryId: storyId,
            ReportId: reportId,
            Statement: "Talks between Ukraine and Russia will resume next week.",
            Entities: ["Volodymyr Zelenskyy", "Ukraine", "Russia"],
            Attribution: "Volodymyr Zelenskyy",
            Hedging: Hedging.Attributed,
            Quote: new QuoteSpan(start, start + quoted.Length, quoted),
            ReportedAt: new DateTimeOffset(2024, 2, 24, 9, 15, 0, TimeSpan.FromHours(2)),
            OccurredAt: new OccurredAt(new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.Zero), TimePrecision.Day));
    }
}
