using Story.Facts;

namespace Story.Store.Tests.Contract;

public abstract partial class EventStoreContract
{
    [Fact]
    public async Task Append_BatchToNewStream_ReadsBackInStreamAndGlobalOrder()
    {
        // Given
        var batch = NewEvents(3);

        // When
        var result = await Store.AppendAsync("story-kyiv", ExpectedVersion.NoStream, batch);

        // Then
        Assert.Equal("story-kyiv", result.StreamId);
        Assert.Equal(3, result.StreamVersion);
        Assert.Equal([1L, 2L, 3L], result.Positions);
        Assert.Equal(3, result.Appended);
        Assert.Equal(0, result.AlreadyStored);

        var stream = await ReadStreamAsync("story-kyiv");
        Assert.Equal([1L, 2L, 3L], stream.Select(e => e.StreamVersion));
        Assert.Equal([1L, 2L, 3L], stream.Select(e => e.Position));
        Assert.All(stream, e => Assert.Equal("story-kyiv", e.StreamId));
        for (var i = 0; i < batch.Count; i++)
        {
            AssertSameEvent(batch[i], stream[i]);
        }

        var all = await ReadAllAsync();
        Assert.Equal(stream.Select(e => (e.Position, e.EventId, e.Hash)), all.Select(e => (e.Position, e.EventId, e.Hash)));
        Assert.Equal(3, await Store.GetHeadPositionAsync());
        Assert.Equal(3, await Store.GetStreamVersionAsync("story-kyiv"));
    }

    [Fact]
    public async Task Append_SecondBatch_ContinuesVersionsAndPositions()
    {
        // Given
        await Store.AppendAsync("story-kyiv", ExpectedVersion.NoStream, NewEvents(2));

        // When
        var result = await Store.AppendAsync("story-kyiv", ExpectedVersion.Exact(2), NewEvents(2));

        // Then
        Assert.Equal([3L, 4L], result.Positions);
        Assert.Equal(4, result.StreamVersion);
        Assert.Equal([1L, 2L, 3L, 4L], (await ReadStreamAsync("story-kyiv")).Select(e => e.StreamVersion));
    }

    [Fact]
    public async Task Append_RealFacts_ReadBackAsTheSameFacts()
    {
        // Given
        var stream = StoryStreams.For("kyiv-talks");
        var report = TestFacts.Report("kyiv-talks", "r-1");
        var claim = TestFacts.Claim("kyiv-talks", "c-1", "r-1");

        // When
        await Store.AppendAsync(stream, ExpectedVersion.NoStream, [FactEvent(report), FactEvent(claim)]);

        // Then
        var facts = (await ReadStreamAsync(stream)).Select(FactJson.ToRecordedFact).ToList();
        Assert.Equal(["report-published", "claim-reported"], facts.Select(f => f.Envelope.EventType));
        var readReport = Assert.IsType<ReportPublished>(facts[0].Fact);
        var readClaim = Assert.IsType<ClaimReported>(facts[1].Fact);
        Assert.Equal(report, readReport);
        Assert.Equal(claim.Entities, readClaim.Entities);
        Assert.Equal(claim with { Entities = readClaim.Entities }, readClaim);
        Assert.True(readClaim.Quote.Matches(readReport.Text));
    }

    [Fact]
    public async Task Append_EmptyBatch_ThrowsAndAppendsNothing()
    {
        // Given
        await Store.AppendAsync("story-kyiv", ExpectedVersion.NoStream, NewEvents(1));

        // When
        var append = () => Store.AppendAsync("story-kyiv", ExpectedVersion.Any, []);

        // Then
        await Assert.ThrowsAnyAsync<ArgumentException>(append);
        await AssertNothingAppendedAsync(headBefore: 1, "story-kyiv", streamVersionBefore: 1);
    }

    [Fact]
    public async Task Append_BatchRepeatingAnEventId_ThrowsAndAppendsNothing()
    {
        // Given
        await Store.AppendAsync("story-kyiv", ExpectedVersion.NoStream, NewEvents(2));
        var first = NewEvent();
        var batch = new[] { first, NewEvent(), first with { Data = """{"note":"again"}""" } };

        // When
        var append = () => Store.AppendAsync("story-kyiv", ExpectedVersion.Any, batch);

        // Then
        await Assert.ThrowsAnyAsync<ArgumentException>(append);
        await AssertNothingAppendedAsync(headBefore: 2, "story-kyiv", streamVersionBefore: 2);
        var retry = await Store.AppendAsync("story-kyiv", ExpectedVersion.Exact(2), [first]);
        Assert.Equal(1, retry.Appended);
    }

    [Fact]
    public async Task Append_RecordedAt_ComesFromTheStoreClockTruncatedToMicroseconds()
    {
        // Given the clock stands at 06:30:00.1234567, and will move on to 07:30:00.1234572
        var later = TimeSpan.FromHours(1) + TimeSpan.FromTicks(5);

        // When
        await Store.AppendAsync("story-kyiv", ExpectedVersion.NoStream, NewEvents(2));
        Clock.Advance(later);
        await Store.AppendAsync("story-kyiv", ExpectedVersion.Exact(2), NewEvents(1));

        // Then
        var events = await ReadAllAsync();
        var firstBatchAt = new DateTimeOffset(2024, 2, 24, 6, 30, 0, TimeSpan.Zero).AddTicks(1_234_560);
        var secondBatchAt = new DateTimeOffset(2024, 2, 24, 7, 30, 0, TimeSpan.Zero).AddTicks(1_234_570);
        Assert.Equal([firstBatchAt, firstBatchAt, secondBatchAt], events.Select(e => e.RecordedAt));
        Assert.All(events, e => Assert.Equal(TimeSpan.Zero, e.RecordedAt.Offset));
    }

    [Fact]
    public async Task Append_MetadataWithoutOptionalParts_ReadsBackEmpty()
    {
        // Given
        var bare = new EventData(Guid.NewGuid(), "thing-noted", """{"note":"bare"}""", EventMetadata.Empty);

        // When
        await Store.AppendAsync("story-kyiv", ExpectedVersion.Any, [bare]);

        // Then
        var stored = Assert.Single(await ReadAllAsync());
        AssertSameEvent(bare, stored);
        Assert.Null(stored.Metadata.Actor);
    }
}
