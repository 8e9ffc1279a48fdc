using Story.KurrentDb.Protocol;
using Story.KurrentDb.Protocol.Streams;
using ExpectedCase = Story.KurrentDb.Protocol.Streams.AppendReq.Types.Options.ExpectedStreamRevisionOneofCase;

namespace Story.Store.Tests.KurrentDb;

/// <summary>Story versions count events from 1; KurrentDB revisions number them from 0.</summary>
public sealed class ExpectedRevisionsTests
{
    [Fact]
    public void Options_Exact_IsRevisionOfTheLastExpectedEvent()
    {
        // Given a writer who saw 5 events
        var options = ExpectedRevisions.Options("story-kyiv", ExpectedVersion.Exact(5));

        // Then KurrentDB expects revision 4
        Assert.Equal(ExpectedCase.Revision, options.ExpectedStreamRevisionCase);
        Assert.Equal(4UL, options.Revision);
        Assert.Equal("story-kyiv", StreamNames.FromWire(options.StreamIdentifier));
    }

    [Fact]
    public void Options_ExactOne_IsRevisionZero() =>
        Assert.Equal(0UL, ExpectedRevisions.Options("s", ExpectedVersion.Exact(1)).Revision);

    [Theory]
    [InlineData("no-stream", nameof(ExpectedCase.NoStream))]
    [InlineData("any", nameof(ExpectedCase.Any))]
    [InlineData("exists", nameof(ExpectedCase.StreamExists))]
    public void Options_Special_MapsToKurrentMarkers(string story, string expected) =>
        Assert.Equal(expected, ExpectedRevisions.Options("s", ExpectedVersion.Parse(story)).ExpectedStreamRevisionCase.ToString());

    [Fact]
    public void ActualVersion_FromWrongExpectedVersionResponse_CountsEvents()
    {
        // Given KurrentDB's answer: the stream's last revision is 6
        var wrong = new AppendResp.Types.WrongExpectedVersion { CurrentRevision = 6, ExpectedRevision = 4 };

        // Then Story says the stream holds 7 events
        Assert.Equal(7, ExpectedRevisions.ActualVersion(wrong));
    }

    [Fact]
    public void ActualVersion_WhenStreamMissing_IsZero() =>
        Assert.Equal(0, ExpectedRevisions.ActualVersion(new AppendResp.Types.WrongExpectedVersion { CurrentNoStream = new Empty(), ExpectedAny = new Empty() }));

    [Theory]
    [InlineData("-1", "no-stream")]
    [InlineData("-2", "any")]
    [InlineData("-4", "exists")]
    [InlineData("0", "1")]
    [InlineData("41", "42")]
    public void FromKurrentExpected_ErrorMetadata_GivesStoryExpectation(string kurrent, string story) =>
        Assert.Equal(ExpectedVersion.Parse(story), ExpectedRevisions.FromKurrentExpected(kurrent));

    [Theory]
    [InlineData("-1", 0)]
    [InlineData("0", 1)]
    [InlineData("6", 7)]
    [InlineData("", -1)]
    public void FromKurrentActual_ErrorMetadata_GivesStoryVersion(string kurrent, long story) =>
        Assert.Equal(story, ExpectedRevisions.FromKurrentActual(kurrent));

    [Fact]
    public void ToRevision_VersionZero_IsRejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ExpectedRevisions.ToRevision(0));
}
