using System.Globalization;
using Story.Extraction.Dates;
using Story.Facts;

namespace Story.Tests.Extraction;

public class DateResolverTests
{
    // Thursday 20 November 2025.
    private static readonly DateTimeOffset Published = new(2025, 11, 20, 16, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("The delegation met Zelensky on Thursday.", "2025-11-20", TimePrecision.Day)]
    [InlineData("Ministers were dismissed Wednesday.", "2025-11-19", TimePrecision.Day)]
    [InlineData("The talks began on Monday.", "2025-11-17", TimePrecision.Day)]
    [InlineData("The office said on November 20 that it had the draft.", "2025-11-20", TimePrecision.Day)]
    [InlineData("Reporting published Nov. 21 said so.", "2025-11-21", TimePrecision.Day)]
    [InlineData("The summit opened 20 November in Kyiv.", "2025-11-20", TimePrecision.Day)]
    [InlineData("date 2025-11-20 The president received a draft.", "2025-11-20", TimePrecision.Day)]
    [InlineData("The leaders clashed at the White House in March.", "2025-03-01", TimePrecision.Month)]
    [InlineData("A visit this summer went smoothly.", "2025-07-15", TimePrecision.Approximate)]
    [InlineData("A planned meeting this week fell through.", "2025-11-20", TimePrecision.Approximate)]
    [InlineData("He learned only last week that he would mediate.", "2025-11-13", TimePrecision.Approximate)]
    [InlineData("Turkey hosted peace talks in 2022.", "2022-07-01", TimePrecision.Approximate)]
    [InlineData("He will gather lawmakers this evening.", "2025-11-20", TimePrecision.Day)]
    [InlineData("Given today's risks, he cannot back down.", "2025-11-20", TimePrecision.Day)]
    [InlineData("The ministers resigned yesterday.", "2025-11-19", TimePrecision.Day)]
    public void Resolve_ExpressionInAReportPublishedThursday20November2025_ResolvesToTheExpectedDate(string sentence, string expected, TimePrecision precision)
    {
        var resolved = DateResolver.Resolve(sentence, Published);

        Assert.NotNull(resolved);
        Assert.Equal(expected, resolved.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.Equal(precision, resolved.Precision);
    }

    [Fact]
    public void Resolve_WeekdayAndExplicitDate_PrefersTheExplicitDate()
    {
        var resolved = DateResolver.Resolve("Zelensky told Driscoll on Thursday, November 20, that he was ready.", Published);

        Assert.Equal(new DateTimeOffset(2025, 11, 20, 0, 0, 0, TimeSpan.Zero), resolved?.Value);
    }

    [Fact]
    public void Resolve_DecemberDateInAJanuaryReport_IsLastYear()
    {
        var resolved = DateResolver.Resolve("The ceasefire began on December 28.", new DateTimeOffset(2026, 1, 3, 9, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2025, 12, 28, 0, 0, 0, TimeSpan.Zero), resolved?.Value);
    }

    [Fact]
    public void Resolve_MonthNotYetReachedThisYear_IsTheMostRecentPastOne()
    {
        var resolved = DateResolver.Resolve("The leaders met in March.", new DateTimeOffset(2026, 2, 10, 9, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero), resolved?.Value);
        Assert.Equal(TimePrecision.Month, resolved?.Precision);
    }

    [Fact]
    public void Resolve_ModalMayAndVerbMarch_AreNotDates()
    {
        Assert.Null(DateResolver.Resolve("Troops may march toward the city.", Published));
    }
}
