using Story.Facts;
using Story.Projections;
using Story.Tests.Projections.Support;
using static Story.Tests.Projections.Support.StoryFacts;

namespace Story.Tests.Projections;

public sealed class TimelineProjectionTests
{
    [Fact]
    public void From_DatedAndUndatedClaims_DatedByOccurrenceUndatedByFirstReport()
    {
        // Given claims reported in an order unlike the order their events happened
        var log = new FactLog().With(
            Report("r1", "Reuters", 1),
            Claim("summit", "r1", "Leaders will meet.", 1, Day(23)),
            Claim("undated-late", "r1", "Talks continue.", 4),
            Claim("drafted", "r1", "The plan was drafted.", 2, Day(19)),
            Claim("undated-early", "r1", "The plan exists.", 1.5),
            Claim("same-day-b", "r1", "B happened.", 3, Day(20)),
            Claim("same-day-a", "r1", "A happened.", 3, Day(20)));

        // When the timeline is derived
        var timeline = TimelineProjection.From(Folding.Story(log.Facts));

        // Then dated claims run by date (ties by id) and undated ones sit apart by first report
        Assert.Equal(["drafted", "same-day-a", "same-day-b", "summit"], timeline.Dated.Select(e => e.ClaimId));
        Assert.Equal(["undated-early", "undated-late"], timeline.Undated.Select(e => e.ClaimId));
    }

    [Fact]
    public void From_CorrectedAndCorroboratedClaim_EntryShowsCurrentStatementStatusAndReports()
    {
        var log = new FactLog().With(
            Report("r1", "Reuters", 1),
            Report("r2", "AP", 2),
            Claim("army-cap", "r1", "Army capped at 600,000.", 1, Day(20)),
            Corroborate("army-cap", "r2", 2),
            Correct("army-cap", "Army capped at 800,000.", 3));

        var entry = Assert.Single(TimelineProjection.From(Folding.Story(log.Facts)).Dated);

        Assert.Equal(
            new TimelineEntry("army-cap", "Army capped at 800,000.", new OccurredAt(Day(20).Value, TimePrecision.Day), ClaimStatus.Corrected, 2, "r1"),
            entry);
    }

    [Fact]
    public void From_RetractedClaim_StaysOnTheTimelineWithItsStatus()
    {
        var log = new FactLog().With(Report("r1", "Reuters", 1), Claim("summit", "r1", "Leaders will meet.", 1, Day(23)), Retract("summit", 2));

        var entry = Assert.Single(TimelineProjection.From(Folding.Story(log.Facts)).Dated);

        Assert.Equal(ClaimStatus.Retracted, entry.Status);
    }
}
