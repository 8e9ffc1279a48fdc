using Story.Audit;
using Story.Sqlite;
using Story.Store.Tests.Contract;

namespace Story.Store.Tests.Sqlite;

/// <summary>One file, several stores: as when `story follow` runs in one terminal and `story append` in another.</summary>
public sealed class SqliteFileSharingTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string StorePath => _folder.File("shared.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Open_NewFile_UsesWriteAheadLogging()
    {
        // Given
        await using (await SqliteEventStore.OpenAsync(StorePath))
        {
        }

        // When
        var mode = RawSqlite.Scalar(StorePath, "PRAGMA journal_mode;");

        // Then
        Assert.Equal("wal", mode);
    }

    [Fact]
    public async Task Subscribe_OnSecondInstance_ReceivesAppendsMadeThroughTheFirst()
    {
        // Given two stores on one file, the second following it
        await using var writer = await SqliteEventStore.OpenAsync(StorePath);
        await using var follower = await SqliteEventStore.OpenAsync(StorePath);
        await writer.AppendAsync("story-kyiv", ExpectedVersion.NoStream, [Event()]);
        await using var probe = SubscriptionProbe.Start(follower, afterPosition: 0);
        Assert.Equal(1, (await probe.TakeAsync(1))[0].Position);

        // When the first appends, which wakes nobody in the second
        var live = Event();
        await writer.AppendAsync("story-kyiv", ExpectedVersion.Exact(1), [live]);

        // Then the second's subscription finds it by polling
        var received = Assert.Single(await probe.TakeAsync(1));
        Assert.Equal(live.EventId, received.EventId);
        Assert.Equal(2, received.Position);
    }

    [Fact]
    public async Task Append_ThroughTwoInstancesInTurn_KeepsOneGaplessChain()
    {
        // Given
        await using var one = await SqliteEventStore.OpenAsync(StorePath);
        await using var two = await SqliteEventStore.OpenAsync(StorePath);

        // When each appends after the other, each with its own view of the stream
        await one.AppendAsync("story-kyiv", ExpectedVersion.NoStream, [Event()]);
        await two.AppendAsync("story-kyiv", ExpectedVersion.Exact(1), [Event(), Event()]);
        await one.AppendAsync("story-kyiv", ExpectedVersion.Exact(3), [Event()]);
        var stale = () => two.AppendAsync("story-kyiv", ExpectedVersion.Exact(3), [Event()]);

        // Then
        await Assert.ThrowsAsync<WrongExpectedVersionException>(stale);
        var verification = await ChainVerifier.VerifyAsync(two);
        Assert.True(verification.IsIntact, verification.Problem);
        Assert.Equal(4, verification.Checked);
    }

    [Fact]
    public async Task Append_FromTwoInstancesAtOnce_BothSucceedWithoutLosingEvents()
    {
        // Given
        const int AppendsEach = 200;
        await using var one = await SqliteEventStore.OpenAsync(StorePath);
        await using var two = await SqliteEventStore.OpenAsync(StorePath);
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // When both append to their own streams at the same time, meeting only at the file lock
        var appending = Task.WhenAll(AppendMany(one, "story-one"), AppendMany(two, "story-two"));
        start.SetResult();
        await appending;

        // Then
        Assert.Equal(2 * AppendsEach, await one.GetHeadPositionAsync());
        Assert.Equal(AppendsEach, await two.GetStreamVersionAsync("story-one"));
        var verification = await ChainVerifier.VerifyAsync(one);
        Assert.True(verification.IsIntact, verification.Problem);

        Task AppendMany(SqliteEventStore store, string stream) => Task.Run(async () =>
        {
            await start.Task;
            for (var i = 0; i < AppendsEach; i++)
            {
                await store.AppendAsync(stream, ExpectedVersion.Exact(i), [Event()]);
            }
        });
    }

    [Fact]
    public async Task Open_ExistingStoreAgain_KeepsItsEventsAndContinuesTheChain()
    {
        // Given
        await using (var first = await SqliteEventStore.OpenAsync(StorePath))
        {
            await first.AppendAsync("story-kyiv", ExpectedVersion.NoStream, [Event(), Event()]);
        }

        // When
        await using var reopened = await SqliteEventStore.OpenAsync(StorePath, new SqliteStoreOptions { CreateIfMissing = false });
        var result = await reopened.AppendAsync("story-kyiv", ExpectedVersion.Exact(2), [Event()]);

        // Then
        Assert.Equal([3L], result.Positions);
        var verification = await ChainVerifier.VerifyAsync(reopened);
        Assert.True(verification.IsIntact, verification.Problem);
        Assert.Equal(3, verification.Checked);
    }

    private static EventData Event() => new(Guid.NewGuid(), "thing-noted", """{"note":"shared"}""", EventMetadata.Empty);
}
