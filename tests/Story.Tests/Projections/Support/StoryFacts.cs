using Story.Facts;

namespace Story.Tests.Projections.Support;

/// <summary>Facts of one test story; times are hours after a fixed start so tests read as a sequence.</summary>
internal static class StoryFacts
{
    public const string StoryId = "peace-plan";

    public static DateTimeOffset Start { get; } = new(2025, 11, 20, 0, 0, 0, TimeSpan.Zero);

    public static DateTimeOffset At(double hours) => Start.AddHours(hours);

    public static ReportPublished Report(string reportId, string source, double hours) =>
        new(reportId, StoryId, source, At(hours), false, $"Text of {reportId}.", $"hash-{reportId}", $"{source} on the plan", $"https://example.test/{reportId}");

    public static ClaimReported Claim(string claimId, string reportId, string statement, double hours, OccurredAt? occurredAt = null) =>
        new(claimId, StoryId, reportId, statement, ["Ukraine"], "officials", Hedging.Attributed, Quote(statement), At(hours), occurredAt);

    public static ClaimCorroborated Corroborate(string claimId, string reportId, double hours, string words = "the same, in other words") =>
        new(claimId, StoryId, reportId, "a diplomat", Hedging.Reportedly, Quote(words), At(hours));

    public static ClaimDisputed Dispute(string claimId, string reportId, double hours, string reason = "denied by the ministry") =>
        new(claimId, StoryId, reportId, "the ministry", Quote("That is not true."), reason, At(hours));

    public static ClaimCorrected Correct(string claimId, string statement, double hours, string? reportId = null) =>
        new(claimId, StoryId, statement, "the figure was wrong", At(hours), reportId, reportId is null ? null : Quote(statement));

    public static ClaimRetracted Retract(string claimId, double hours, string? reportId = null) =>
        new(claimId, StoryId, "the source withdrew it", At(hours), reportId, reportId is null ? null : Quote("We withdraw this."));

    public static OccurredAt Day(int day) => new(new DateTimeOffset(2025, 11, day, 0, 0, 0, TimeSpan.Zero), TimePrecision.Day);

    private static QuoteSpan Quote(string words) => new(0, words.Length, words);
}
