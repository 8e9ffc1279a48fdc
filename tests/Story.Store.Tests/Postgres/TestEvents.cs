using System.Globalization;
using Story.Facts;
using Story.Store;

namespace Story.Store.Tests.Postgres;

/// <summary>Events to append: real facts, with metadata, and bodies whose keys are not in sorted order (jsonb reorders them).</summary>
internal static class TestEvents
{
    private static readonly DateTimeOffset Published = new(2024, 3, 1, 9, 30, 0, TimeSpan.Zero);

    public static EventData Claim(string storyId, int n, Guid? eventId = null)
    {
        var claim = new ClaimReported(
            ClaimId: $"claim-{n}",
            StoryId: storyId,
            ReportId: "report-1",
            Statement: $"Claim number {n} about Kyiv, with a quote: “{n}”.",
            Entities: ["Kyiv", "Volodymyr Zelenskyy"],
            Attribution: "officials",
            Hedging: Hedging.Reportedly,
            Quote: new QuoteSpan(0, 5, "Claim"),
            ReportedAt: Published.AddMinutes(n));
        var metadata = new EventMetadata(
            CorrelationId: "import-1",
            Actor: "desk",
            Properties: new Dictionary<string, string> { ["source"] = "wire", ["n"] = n.ToString(CultureInfo.InvariantCulture) });
        return FactJson.ToEventData(claim, eventId ?? Guid.NewGuid(), metadata);
    }

    public static List<EventData> Claims(string storyId, int count, int firstNumber = 1) =>
        Enumerable.Range(firstNumber, count).Select(n => Claim(storyId, n)).ToList();
}
