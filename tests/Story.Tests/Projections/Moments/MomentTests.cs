using Story.Projections;
using Story.Tests.Projections.Support;
using static Story.Tests.Projections.Support.StoryFacts;

namespace Story.Tests.Projections;

public sealed class MomentTests
{
    [Fact]
    public void Includes_FactReportedBeforeButRecordedAfter_InReportedMomentNotInRecordedMoment()
    {
        // Given a report published at hour 2 that Story only recorded at hour 10
        var log = new FactLog(At(0));
        var late = log.Record(Report("r-late", "AP", 2), recordedAt: At(10));
        var moment = At(5);

        // Then at hour 5 the world could have read it, but Story did not know it yet
        Assert.True(Moment.Reported(moment).Includes(late));
        Assert.False(Moment.Recorded(moment).Includes(late));
    }

    [Fact]
    public void Includes_FactReportedAfterButRecordedBefore_InRecordedMomentNotInReportedMoment()
    {
        // Given a report with a publication time later than when it was recorded (an embargoed or misdated report)
        var log = new FactLog(At(0));
        var early = log.Record(Report("r-dated", "AP", 8), recordedAt: At(3));

        // Then the two axes disagree the other way round
        Assert.False(Moment.Reported(At(5)).Includes(early));
        Assert.True(Moment.Recorded(At(5)).Includes(early));
    }

    [Fact]
    public void Includes_BoundaryTime_IsIncluded()
    {
        var log = new FactLog(At(0));
        var fact = log.Record(Report("r1", "Reuters", 4), recordedAt: At(6));

        Assert.True(Moment.Reported(At(4)).Includes(fact));
        Assert.True(Moment.Recorded(At(6)).Includes(fact));
    }

    [Fact]
    public void AtPosition_FactsUpToAndIncludingPosition_AreIncluded()
    {
        // Given three recorded facts
        var log = new FactLog().With(Report("r1", "Reuters", 1), Report("r2", "AP", 2), Report("r3", "BBC", 3));

        // When the log is cut at position 2
        var positions = log.Facts.AsOf(Moment.AtPosition(2)).Select(f => f.Position);

        // Then exactly positions 1 and 2 remain
        Assert.Equal([1L, 2L], positions);
    }

    [Fact]
    public void Latest_AnyFact_IsIncluded()
    {
        var log = new FactLog().With(Report("r1", "Reuters", 1), Report("r2", "AP", 5000));

        Assert.All(log.Facts, f => Assert.True(Moment.Latest.Includes(f)));
        Assert.Equal(log.Facts, log.Facts.AsOf(Moment.Latest));
    }

    [Fact]
    public void AsOf_ReportedMoment_KeepsLogOrder()
    {
        // Given facts whose publication order differs from their log order
        var log = new FactLog().With(Report("r1", "Reuters", 3), Report("r2", "AP", 1), Report("r3", "BBC", 2), Report("r4", "CNN", 9));

        // When cut on the reported axis
        var kept = log.Facts.AsOf(Moment.Reported(At(3))).Select(f => f.Position);

        // Then the surviving facts keep their position order
        Assert.Equal([1L, 2L, 3L], kept);
    }

    [Theory]
    [InlineData("reported", "2025-11-20T10:00:00Z")]
    [InlineData("recorded", "2025-11-20T10:00:00Z")]
    [InlineData("reported", "2025-11-20T10:00:00.25Z")]
    public void ToString_TimeMoment_NamesAxisAndUtcTime(string axis, string time)
    {
        var at = DateTimeOffset.Parse(time, System.Globalization.CultureInfo.InvariantCulture).ToOffset(TimeSpan.FromHours(2));
        var moment = axis == "reported" ? Moment.Reported(at) : Moment.Recorded(at);

        Assert.Equal($"{axis} {time}", moment.ToString());
    }

    [Fact]
    public void ToString_PositionAndLatest_AreNamed()
    {
        Assert.Equal("position 42", Moment.AtPosition(42).ToString());
        Assert.Equal("latest", Moment.Latest.ToString());
    }
}
