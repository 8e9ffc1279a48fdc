using Story.Facts;
using Story.Projections;
using Story.Tests.Projections.Support;
using static Story.Tests.Projections.Support.StoryFacts;

namespace Story.Tests.Projections;

public sealed class StatusPrecedenceTests
{
    [Theory]
    [InlineData("", ClaimStatus.Reported)]
    [InlineData("corroborate", ClaimStatus.Corroborated)]
    [InlineData("dispute", ClaimStatus.Disputed)]
    [InlineData("corroborate dispute", ClaimStatus.Disputed)]
    [InlineData("correct", ClaimStatus.Corrected)]
    [InlineData("corroborate dispute correct", ClaimStatus.Corrected)]
    [InlineData("retract", ClaimStatus.Retracted)]
    [InlineData("corroborate dispute correct retract", ClaimStatus.Retracted)]
    [InlineData("retract correct dispute corroborate", ClaimStatus.Retracted)]
    [InlineData("correct dispute", ClaimStatus.Corrected)]
    public void Status_CombinationOfEvents_StrongestWins(string events, ClaimStatus expected)
    {
        // Given a reported claim and the listed events, in that order
        var log = new FactLog().With(Report("r1", "Reuters", 1), Claim("c", "r1", "A claim.", 1), Report("r2", "AP", 2));
        var hour = 2;
        foreach (var name in events.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            log.Record(EventNamed(name, hour++));
        }

        // When folded
        var status = Folding.Story(log.Facts).Claims["c"].Status;

        // Then the status follows Retracted > Corrected > Disputed > Corroborated > Reported
        Assert.Equal(expected, status);
    }

    private static Fact EventNamed(string name, int hour) => name switch
    {
        "corroborate" => Corroborate("c", "r2", hour),
        "dispute" => Dispute("c", "r2", hour),
        "correct" => Correct("c", "A corrected claim.", hour),
        "retract" => Retract("c", hour),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown event"),
    };
}
