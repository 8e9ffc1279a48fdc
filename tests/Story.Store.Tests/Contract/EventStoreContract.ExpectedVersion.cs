namespace Story.Store.Tests.Contract;

public abstract partial class EventStoreContract
{
    [Fact]
    public async Task ExpectedVersion_AnyOnNewAndExistingStream_IsAccepted()
    {
        // When
        var created = await Store.AppendAsync("story-kyiv", ExpectedVersion.Any, NewEvents(2));
        var extended = await Store.AppendAsync("story-kyiv", ExpectedVersion.Any, NewEvents(1));

        // Then
        Assert.Equal(2, created.StreamVersion);
        Assert.Equal(3, extended.StreamVersion);
    }

    [Fact]
    public async Task ExpectedVersion_NoStreamOnNewStream_IsAccepted()
    {
        var result = await Store.AppendAsync("story-kyiv", ExpectedVersion.NoStream, NewEvents(1));

        Assert.Equal(1, result.StreamVersion);
    }

    [Fact]
    public async Task ExpectedVersion_NoStreamOnExistingStream_IsRejectedNamingStreamExpectedAndActual()
    {
        // Given
        await Store.AppendAsync("story-kyiv", ExpectedVersion.NoStream, NewEvents(2));

        // When
        var rejected = await Assert.ThrowsAsync<WrongExpectedVersionException>(
            () => Store.AppendAsync("story-kyiv", ExpectedVersion.NoStream, NewEvents(3)));

        // Then
        Assert.Equal("story-kyiv", rejected.StreamId);
        Assert.Equal(ExpectedVersion.NoStream, rejected.Expected);
        Assert.Equal(2, rejected.ActualVersion);
        Assert.Contains("story-kyiv", rejected.Message, StringComparison.Ordinal);
        await AssertNothingAppendedAsync(headBefore: 2, "story-kyiv", streamVersionBefore: 2);
    }

    [Fact]
    public async Task ExpectedVersion_StreamExistsOnExistingStream_IsAccepted()
    {
        // Given
        await Store.AppendAsync("story-kyiv", ExpectedVersion.NoStream, NewEvents(1));

        // When
        var result = await Store.AppendAsync("story-kyiv", ExpectedVersion.StreamExists, NewEvents(1));

        // Then
        Assert.Equal(2, result.StreamVersion);
    }

    [Fact]
    public async Task ExpectedVersion_StreamExistsOnNewStream_IsRejectedAndAppendsNothing()
    {
        // Given another stream exists, so the log is not empty
        await Store.AppendAsync("story-other", ExpectedVersion.NoStream, NewEvents(1));

        // When
        var rejected = await Assert.ThrowsAsync<WrongExpectedVersionException>(
            () => Store.AppendAsync("story-kyiv", ExpectedVersion.StreamExists, NewEvents(2)));

        // Then
        Assert.Equal("story-kyiv", rejected.StreamId);
        Assert.Equal(ExpectedVersion.StreamExists, rejected.Expected);
        Assert.Equal(0, rejected.ActualVersion);
        await AssertNothingAppendedAsync(headBefore: 1, "story-kyiv", streamVersionBefore: 0);
    }

    [Fact]
    public async Task ExpectedVersion_ExactMatchingVersion_IsAccepted()
    {
        // Given
        await Store.AppendAsync("story-kyiv", ExpectedVersion.NoStream, NewEvents(3));

        // When
        var result = await Store.AppendAsync("story-kyiv", ExpectedVersion.Exact(3), NewEvents(2));

        // Then
        Assert.Equal(5, result.StreamVersion);
        Assert.Equal([4L, 5L], result.Positions);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(10)]
    public async Task ExpectedVersion_ExactOtherVersion_IsRejectedAndAppendsNothing(long expected)
    {
        // Given the stream is at version 3
        await Store.AppendAsync("story-kyiv", ExpectedVersion.NoStream, NewEvents(3));

        // When
        var rejected = await Assert.ThrowsAsync<WrongExpectedVersionException>(
            () => Store.AppendAsync("story-kyiv", ExpectedVersion.Exact(expected), NewEvents(2)));

        // Then
        Assert.Equal("story-kyiv", rejected.StreamId);
        Assert.Equal(ExpectedVersion.Exact(expected), rejected.Expected);
        Assert.Equal(3, rejected.ActualVersion);
        await AssertNothingAppendedAsync(headBefore: 3, "story-kyiv", streamVersionBefore: 3);
    }

    [Fact]
    public async Task ExpectedVersion_ExactOnNewStream_IsRejected()
    {
        var rejected = await Assert.ThrowsAsync<WrongExpectedVersionException>(
            () => Store.AppendAsync("story-kyiv", ExpectedVersion.Exact(1), NewEvents(1)));

        Assert.Equal(0, rejected.ActualVersion);
        await AssertNothingAppendedAsync(headBefore: 0, "story-kyiv", streamVersionBefore: 0);
    }

    [Fact]
    public async Task ExpectedVersion_WrongWithSomeEventsAlreadyStored_AppendsNothing()
    {
        // Given
        var stored = NewEvent();
        await Store.AppendAsync("story-kyiv", ExpectedVersion.NoStream, [stored]);

        // When a batch mixing a stored event and new ones expects the wrong version
        var rejected = await Assert.ThrowsAsync<WrongExpectedVersionException>(
            () => Store.AppendAsync("story-kyiv", ExpectedVersion.NoStream, [stored, NewEvent(), NewEvent()]));

        // Then
        Assert.Equal(1, rejected.ActualVersion);
        await AssertNothingAppendedAsync(headBefore: 1, "story-kyiv", streamVersionBefore: 1);
    }
}
