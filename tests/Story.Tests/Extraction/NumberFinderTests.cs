using Story.Extraction.Numbers;

namespace Story.Tests.Extraction;

public class NumberFinderTests
{
    private static NumberMention Only(string text) => Assert.Single(NumberFinder.FindAll(text));

    [Fact]
    public void FindAll_PercentAndNearlyOneFifth_AreTheSameShare()
    {
        var percent = Only("Russian forces control around 19% of Ukraine.");
        var fraction = Only("Russian troops occupy nearly one-fifth of Ukraine.");

        Assert.Equal(NumberKind.Share, percent.Kind);
        Assert.Equal(0.19, percent.Value, 3);
        Assert.Equal(0.2, fraction.Value, 3);
        Assert.True(percent.IsEquivalentTo(fraction, NumberTolerance.Default));
        Assert.True(fraction.IsEquivalentTo(percent, NumberTolerance.Default));
    }

    [Fact]
    public void FindAll_AboutAFifth_IsAnApproximateFifth()
    {
        var fraction = Only("They hold about a fifth of the territory.");

        Assert.Equal(0.2, fraction.Value, 3);
        Assert.True(fraction.IsApproximate);
        Assert.Equal("20%", fraction.Key);
    }

    [Fact]
    public void FindAll_TwentyEightPointInWordsAndDigits_HaveTheSameKey()
    {
        var words = Only("The alleged twenty-eight-point proposal would require concessions.");
        var digits = Only("The 28-point plan was leaked.");

        Assert.Equal(28, words.Value);
        Assert.Equal("28-point", words.Key);
        Assert.Equal(words.Key, digits.Key);
        Assert.True(words.IsEquivalentTo(digits, NumberTolerance.Default));
    }

    [Fact]
    public void FindAll_ByHalf_IsFiftyPercent()
    {
        var half = Only("It would slash the size of its armed forces by half.");

        Assert.Equal(NumberKind.Share, half.Kind);
        Assert.Equal(0.5, half.Value, 3);
        Assert.Equal("50%", half.Key);
    }

    [Fact]
    public void FindAll_CountOfANoun_HasTheNounAsUnit()
    {
        var two = Only("Two sources told Reuters that the plan exists.");

        Assert.Equal(2, two.Value);
        Assert.Equal("source", two.Unit);
        Assert.Equal("2-source", two.Key);
    }

    [Theory]
    [InlineData("three hundred and five soldiers", 305)]
    [InlineData("ninety-nine balloons", 99)]
    [InlineData("a hundred days", 100)]
    [InlineData("1,200 troops", 1200)]
    [InlineData("$5 billion in aid", 5e9)]
    public void FindAll_WordsAndDigits_NormaliseToTheirValue(string text, double expected)
    {
        Assert.Equal(expected, Only(text).Value);
    }

    [Fact]
    public void FindAll_DifferentShares_AreNotEquivalent()
    {
        var a = Only("They control 19% of the land.");
        var b = Only("They control 50% of the land.");

        Assert.False(a.IsEquivalentTo(b, NumberTolerance.Default));
        Assert.True(a.MeasuresSameThingAs(b));
    }

    [Fact]
    public void FindAll_DatesYearsAndTimes_AreNotNumbers()
    {
        Assert.Empty(NumberFinder.FindAll("On November 20, 2025, at 10:30 and 3 p.m., talks held in 2022 were recalled on 2025-11-20."));
    }
}
