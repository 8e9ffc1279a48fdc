using Story.Sqlite;
using Story.Store.Tests.Contract;

namespace Story.Store.Tests.Sqlite;

/// <summary>What the SQLite engine stores and how it behaves beyond the shared contract.</summary>
public sealed class SqliteStorageTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string StorePath => _folder.File("story.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Append_RecordedAt_IsStoredAsIsoTextWithMicrosecondsInUtc()
    {
        // Given a clock at a non-UTC offset with sub-microsecond ticks
        var clock = new ManualTimeProvider(new DateTimeOffset(2024, 2, 24, 8, 30, 0, TimeSpan.FromHours(2)).AddTicks(9_876_543));
        await using var store = await SqliteEventStore.OpenAsync(StorePath, new SqliteStoreOptions { TimeProvider = clock });

        // When
        await store.AppendAsync("story-kyiv", ExpectedVersion.NoStream, [Event("""{"note":"x"}""")]);

        // Then
        Assert.Equal("2024-02-24T06:30:00.987654Z", RawSqlite.Scalar(StorePath, "SELECT recorded_at FROM events WHERE position = 1;"));
    }

    [Fact]
    public async Task Append_Data_IsStoredCanonicallySoItReadsBackAsHashed()
    {
        // Given
        await using var store = await SqliteEventStore.OpenAsync(StorePath);

        // When
        await store.AppendAsync("story-kyiv", ExpectedVersion.NoStream, [Event("{ \"b\": 1,\n \"a\": \"Zelenskyy «said»\" }")]);

        // Then
        Assert.Equal("""{"a":"Zelenskyy «said»","b":1}""", RawSqlite.Scalar(StorePath, "SELECT data FROM events WHERE position = 1;"));
    }

    [Fact]
    public async Task Append_DataThatIsNotJson_ThrowsArgumentExceptionAndAppendsNothing()
    {
        // Given
        await using var store = await SqliteEventStore.OpenAsync(StorePath);

        // When
        var append = () => store.AppendAsync("story-kyiv", ExpectedVersion.Any, [Event("""{"note":"x"}"""), Event("not json")]);

        // Then
        await Assert.ThrowsAnyAsync<ArgumentException>(append);
        Assert.Equal(0, await store.GetHeadPositionAsync());
    }

    [Fact]
    public async Task Open_InMemoryTwice_GivesTwoIndependentStores()
    {
        // Given
        await using var one = await SqliteEventStore.OpenAsync(":memory:");
        await using var two = await SqliteEventStore.OpenAsync(":memory:");

        // When
        await one.AppendAsync("story-kyiv", ExpectedVersion.NoStream, [Event("""{"note":"x"}""")]);

        // Then
        Assert.Equal(1, await one.GetHeadPositionAsync());
        Assert.Equal(0, await two.GetHeadPositionAsync());
    }

    [Fact]
    public async Task Dispose_WhileSubscribed_EndsTheSubscription()
    {
        // Given
        var store = await SqliteEventStore.OpenAsync(StorePath);
        var live = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var subscription = store.SubscribeAsync(0);
        var following = Task.Run(async () =>
        {
            await foreach (var e in subscription)
            {
                live.TrySetResult();
            }
        });
        await store.AppendAsync("story-kyiv", ExpectedVersion.NoStream, [Event("""{"note":"x"}""")]);
        await live.Task.WaitAsync(EventStoreContract.Patience);

        // When
        await store.DisposeAsync();

        // Then the subscription ends, quietly or with a cancellation, instead of polling a closed store forever
        try
        {
            await following.WaitAsync(EventStoreContract.Patience);
        }
        catch (OperationCanceledException)
        {
            // Ending by cancellation is fine too.
        }

        Assert.True(following.IsCompleted);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => store.GetHeadPositionAsync());
    }

    private static EventData Event(string data) => new(Guid.NewGuid(), "thing-noted", data, EventMetadata.Empty);
}
