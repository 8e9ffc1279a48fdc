using System.Text.Json;
using System.Text.Json.Nodes;
using Story.Facts;

namespace Story.Store.Tests.Contract;

/// <summary>
/// The behaviour every event store engine must show. An engine's test class subclasses this and says how to make
/// a fresh, empty store; every test here then runs against that engine. Nothing here may depend on an engine,
/// and nothing asserts speed: waits are generous upper bounds only.
/// </summary>
public abstract partial class EventStoreContract : IAsyncLifetime
{
    /// <summary>How long any wait for an event may take before the test fails.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    /// <summary>Has sub-microsecond ticks, so truncation to microseconds is visible.</summary>
    protected static readonly DateTimeOffset ClockStart = new DateTimeOffset(2024, 2, 24, 6, 30, 0, TimeSpan.Zero).AddTicks(1_234_567);

    protected ManualTimeProvider Clock { get; } = new(ClockStart);

    protected IEventStore Store { get; private set; } = null!;

    /// <summary>A new, empty store whose clock is <paramref name="time"/>.</summary>
    protected abstract Task<IEventStore> CreateStoreAsync(TimeProvider time);

    /// <summary>Runs after the store is disposed: remove files, drop databases.</summary>
    protected virtual Task CleanUpAsync() => Task.CompletedTask;

    public async Task InitializeAsync() => Store = await CreateStoreAsync(Clock);

    public async Task DisposeAsync()
    {
        if (Store is not null)
        {
            await Store.DisposeAsync();
        }

        await CleanUpAsync();
    }

    protected static EventMetadata SomeMetadata(string actor = "desk-kyiv") => new(
        CorrelationId: "import-" + Guid.NewGuid().ToString("N")[..8],
        CausationId: "cmd-42",
        Actor: actor,
        Properties: new Dictionary<string, string> { ["evidence"] = "same quote", ["confidence"] = "0.93" });

    protected static EventData NewEvent(string eventType = "thing-noted", string? note = null) =>
        new(Guid.NewGuid(), eventType, JsonSerializer.Serialize(new { note = note ?? "note " + Guid.NewGuid().ToString("N")[..6], count = 3, tags = new[] { "a", "b" } }), SomeMetadata());

    protected static IReadOnlyList<EventData> NewEvents(int count, string eventType = "thing-noted") =>
        Enumerable.Range(1, count).Select(i => NewEvent(eventType, $"event {i}")).ToList();

    protected static EventData FactEvent(Fact fact) => FactJson.ToEventData(fact, Guid.NewGuid(), SomeMetadata());

    protected async Task<List<RecordedEvent>> ReadAllAsync(long afterPosition = 0)
    {
        var events = new List<RecordedEvent>();
        await foreach (var e in Store.ReadAllAsync(afterPosition))
        {
            events.Add(e);
        }

        return events;
    }

    protected async Task<List<RecordedEvent>> ReadStreamAsync(string streamId, long fromVersion = 1)
    {
        var events = new List<RecordedEvent>();
        await foreach (var e in Store.ReadStreamAsync(streamId, fromVersion))
        {
            events.Add(e);
        }

        return events;
    }

    /// <summary>Asserts a stored event is the one appended: same id, type, content and metadata.</summary>
    protected static void AssertSameEvent(EventData appended, RecordedEvent stored)
    {
        Assert.Equal(appended.EventId, stored.EventId);
        Assert.Equal(appended.EventType, stored.EventType);
        AssertSameJson(appended.Data, stored.Data);
        Assert.Equal(appended.Metadata.CorrelationId, stored.Metadata.CorrelationId);
        Assert.Equal(appended.Metadata.CausationId, stored.Metadata.CausationId);
        Assert.Equal(appended.Metadata.Actor, stored.Metadata.Actor);
        Assert.Equal(PropertiesOf(appended.Metadata), PropertiesOf(stored.Metadata));
    }

    private static List<KeyValuePair<string, string>> PropertiesOf(EventMetadata metadata) =>
        (metadata.Properties ?? new Dictionary<string, string>()).OrderBy(p => p.Key, StringComparer.Ordinal).ToList();

    /// <summary>Equal in content: engines may reorder keys or drop whitespace.</summary>
    protected static void AssertSameJson(string expected, string actual) =>
        Assert.True(
            JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)),
            $"Expected JSON equal in content to{Environment.NewLine}{expected}{Environment.NewLine}but found{Environment.NewLine}{actual}");

    protected async Task AssertNothingAppendedAsync(long headBefore, string streamId, long streamVersionBefore)
    {
        Assert.Equal(headBefore, await Store.GetHeadPositionAsync());
        Assert.Equal(streamVersionBefore, await Store.GetStreamVersionAsync(streamId));
        Assert.Equal(headBefore, (await ReadAllAsync()).Count);
    }
}
