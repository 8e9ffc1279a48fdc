namespace Story.Store.Tests.Contract;

public abstract partial class EventStoreContract
{
    [Fact]
    public async Task Read_EmptyStore_HasNoEventsAndHeadZero()
    {
        Assert.Empty(await ReadAllAsync());
        Assert.Equal(0, await Store.GetHeadPositionAsync());
        Assert.Equal(0, await Store.GetStreamVersionAsync("story-kyiv"));
    }

    [Fact]
    public async Task ReadStream_FromAVersion_ReturnsThatVersionOnwards()
    {
        // Given
        var batch = NewEvents(5);
        await Store.AppendAsync("story-kyiv", ExpectedVersion.NoStream, batch);

        // When
        var tail = await ReadStreamAsync("story-kyiv", fromVersion: 3);

        // Then
        Assert.Equal([3L, 4L, 5L], tail.Select(e => e.StreamVersion));
        Assert.Equal(batch.Skip(2).Select(e => e.EventId), tail.Select(e => e.EventId));
    }

    [Fact]
    public async Task ReadStream_FromBeyondTheEnd_ReturnsNothing()
    {
        await Store.AppendAsync("story-kyiv", ExpectedVersion.NoStream, NewEvents(2));

        Assert.Empty(await ReadStreamAsync("story-kyiv", fromVersion: 3));
    }

    [Fact]
    public async Task ReadStream_UnknownStream_ReturnsNothing()
    {
        await Store.AppendAsync("story-kyiv", ExpectedVersion.NoStream, NewEvents(2));

        Assert.Empty(await ReadStreamAsync("story-unknown"));
        Assert.Equal(0, await Store.GetStreamVersionAsync("story-unknown"));
    }

    [Fact]
    public async Task ReadAll_AfterAPosition_ReturnsTheEventsAfterIt()
    {
        // Given
        await Store.AppendAsync("story-kyiv", ExpectedVersion.NoStream, NewEvents(3));
        await Store.AppendAsync("story-other", ExpectedVersion.NoStream, NewEvents(3));

        // When
        var after2 = await ReadAllAsync(afterPosition: 2);
        var afterHead = await ReadAllAsync(afterPosition: 6);

        // Then
        Assert.Equal([3L, 4L, 5L, 6L], after2.Select(e => e.Position));
        Assert.Empty(afterHead);
    }

    [Fact]
    public async Task ReadAll_TwoStreamsInterleaved_KeepsOneGlobalOrder()
    {
        // Given
        var appended = new List<(string Stream, Guid Id)>();
        for (var round = 0; round < 3; round++)
        {
            foreach (var stream in new[] { "story-kyiv", "story-gaza" })
            {
                var e = NewEvent();
                await Store.AppendAsync(stream, ExpectedVersion.Exact(round), [e]);
                appended.Add((stream, e.EventId));
            }
        }

        // When
        var all = await ReadAllAsync();
        var kyiv = await ReadStreamAsync("story-kyiv");

        // Then
        Assert.Equal(appended, all.Select(e => (e.StreamId, e.EventId)));
        Assert.Equal([1L, 2L, 3L, 4L, 5L, 6L], all.Select(e => e.Position));
        Assert.Equal([1L, 3L, 5L], kyiv.Select(e => e.Position));
        Assert.Equal([1L, 2L, 3L], kyiv.Select(e => e.StreamVersion));
    }

    [Fact]
    public async Task ReadAll_LongLog_ReturnsEveryEventOnceInOrder()
    {
        // Given more events than an engine is likely to fetch in one round trip
        const int Batches = 12;
        const int PerBatch = 100;
        for (var i = 0; i < Batches; i++)
        {
            await Store.AppendAsync(i % 2 == 0 ? "story-kyiv" : "story-gaza", ExpectedVersion.Any, NewEvents(PerBatch));
        }

        // When
        var all = await ReadAllAsync();
        var kyiv = await ReadStreamAsync("story-kyiv");

        // Then
        Assert.Equal(Enumerable.Range(1, Batches * PerBatch).Select(p => (long)p), all.Select(e => e.Position));
        Assert.Equal(Enumerable.Range(1, Batches / 2 * PerBatch).Select(v => (long)v), kyiv.Select(e => e.StreamVersion));
    }
}
