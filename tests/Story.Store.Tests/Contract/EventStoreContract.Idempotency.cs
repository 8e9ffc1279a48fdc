namespace Story.Store.Tests.Contract;

public abstract partial class EventStoreContract
{
    [Fact]
    public async Task Idempotency_RetriedBatch_ReturnsOriginalPositionsAndAppendsNothing()
    {
        // Given
        await Store.AppendAsync("story-other", ExpectedVersion.NoStream, NewEvents(1));
        var batch = NewEvents(3);
        var original = await Store.AppendAsync("story-kyiv", ExpectedVersion.NoStream, batch);

        // When the same batch is sent again, with the expected version that is now stale
        var retried = await Store.AppendAsync("story-kyiv", ExpectedVersion.NoStream, batch);

        // Then
        Assert.Equal(original.Positions, retried.Positions);
        Assert.Equal([2L, 3L, 4L], retried.Positions);
        Assert.Equal(0, retried.Appended);
        Assert.Equal(3, retried.AlreadyStored);
        Assert.Equal(3, retried.StreamVersion);
        await AssertNothingAppendedAsync(headBefore: 4, "story-kyiv", streamVersionBefore: 3);
    }

    [Fact]
    public async Task Idempotency_RetryAfterLaterAppends_StillReturnsOriginalPositions()
    {
        // Given
        var batch = NewEvents(2);
        await Store.AppendAsync("story-kyiv", ExpectedVersion.NoStream, batch);
        await Store.AppendAsync("story-kyiv", ExpectedVersion.Exact(2), NewEvents(2));
        await Store.AppendAsync("story-other", ExpectedVersion.NoStream, NewEvents(1));

        // When
        var retried = await Store.AppendAsync("story-kyiv", ExpectedVersion.Exact(0), batch);

        // Then
        Assert.Equal([1L, 2L], retried.Positions);
        Assert.Equal(4, retried.StreamVersion);
        await AssertNothingAppendedAsync(headBefore: 5, "story-kyiv", streamVersionBefore: 4);
    }

    [Fact]
    public async Task Idempotency_BatchWithSomeEventsStored_AppendsOnlyTheNewOnes()
    {
        // Given
        var stored = NewEvents(2);
        await Store.AppendAsync("story-kyiv", ExpectedVersion.NoStream, stored);
        var fresh = NewEvent();

        // When
        var result = await Store.AppendAsync("story-kyiv", ExpectedVersion.Exact(2), [stored[1], fresh]);

        // Then
        Assert.Equal([2L, 3L], result.Positions);
        Assert.Equal(1, result.Appended);
        Assert.Equal(1, result.AlreadyStored);
        Assert.Equal(3, result.StreamVersion);
        var stream = await ReadStreamAsync("story-kyiv");
        Assert.Equal([stored[0].EventId, stored[1].EventId, fresh.EventId], stream.Select(e => e.EventId));
    }

    [Fact]
    public async Task Idempotency_RetriedEvent_KeepsTheOriginalContent()
    {
        // Given
        var original = NewEvent(note: "first words");
        await Store.AppendAsync("story-kyiv", ExpectedVersion.NoStream, [original]);

        // When the retry carries the same id but different content
        await Store.AppendAsync("story-kyiv", ExpectedVersion.Any, [original with { Data = """{"note":"second words"}""" }]);

        // Then the stored event is the first one
        AssertSameEvent(original, Assert.Single(await ReadAllAsync()));
    }
}
