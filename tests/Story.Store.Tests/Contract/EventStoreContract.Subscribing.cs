namespace Story.Store.Tests.Contract;

public abstract partial class EventStoreContract
{
    [Fact]
    public async Task Subscribe_FromZero_CatchesUpThenReceivesLiveAppends()
    {
        // Given
        var history = NewEvents(3);
        await Store.AppendAsync("story-kyiv", ExpectedVersion.NoStream, history);
        await using var probe = SubscriptionProbe.Start(Store, afterPosition: 0);

        // When
        var caughtUp = await probe.TakeAsync(3);
        var live = NewEvents(2);
        await Store.AppendAsync("story-kyiv", ExpectedVersion.Exact(3), live);
        var received = await probe.TakeAsync(2);

        // Then
        Assert.Equal(history.Select(e => e.EventId), caughtUp.Select(e => e.EventId));
        Assert.Equal(live.Select(e => e.EventId), received.Select(e => e.EventId));
        Assert.Equal([1L, 2L, 3L, 4L, 5L], caughtUp.Concat(received).Select(e => e.Position));
    }

    [Fact]
    public async Task Subscribe_ToEmptyStore_ReceivesTheFirstAppend()
    {
        // Given
        await using var probe = SubscriptionProbe.Start(Store, afterPosition: 0);
        var first = NewEvent();

        // When
        await Store.AppendAsync("story-kyiv", ExpectedVersion.NoStream, [first]);

        // Then
        var received = Assert.Single(await probe.TakeAsync(1));
        AssertSameEvent(first, received);
        Assert.Equal(1, received.Position);
    }

    [Fact]
    public async Task Subscribe_FromLastSeenPosition_ResumesWithoutGapsOrDuplicates()
    {
        // Given a subscriber saw positions 1..3, then stopped
        await Store.AppendAsync("story-kyiv", ExpectedVersion.NoStream, NewEvents(3));
        long lastSeen;
        await using (var first = SubscriptionProbe.Start(Store, afterPosition: 0))
        {
            lastSeen = (await first.TakeAsync(3))[^1].Position;
        }

        await Store.AppendAsync("story-gaza", ExpectedVersion.NoStream, NewEvents(2));

        // When it resumes from the last position it saw, and more is appended after
        await using var resumed = SubscriptionProbe.Start(Store, afterPosition: lastSeen);
        await Store.AppendAsync("story-kyiv", ExpectedVersion.Exact(3), NewEvents(1));
        var received = await resumed.TakeThroughAsync(6);

        // Then
        Assert.Equal(3, lastSeen);
        Assert.Equal([4L, 5L, 6L], received.Select(e => e.Position));
    }

    [Fact]
    public async Task Subscribe_WithStreamPrefix_YieldsOnlyThoseStreams()
    {
        // Given
        var kyiv1 = NewEvent();
        var kyiv2 = NewEvent();
        await Store.AppendAsync("story-kyiv", ExpectedVersion.Any, [kyiv1]);
        await Store.AppendAsync("audit-kyiv", ExpectedVersion.Any, NewEvents(2));
        await using var probe = SubscriptionProbe.Start(Store, 0, new SubscriptionFilter(StreamPrefix: "story-"));

        // When live events of both kinds follow, and a last matching one marks the end
        await Store.AppendAsync("audit-kyiv", ExpectedVersion.Any, NewEvents(1));
        await Store.AppendAsync("story-kyiv", ExpectedVersion.Any, [kyiv2]);
        await Store.AppendAsync("audit-kyiv", ExpectedVersion.Any, NewEvents(1));
        var marker = NewEvent();
        await Store.AppendAsync("story-gaza", ExpectedVersion.Any, [marker]);
        var received = await probe.TakeAsync(3);

        // Then
        Assert.Equal([kyiv1.EventId, kyiv2.EventId, marker.EventId], received.Select(e => e.EventId));
        Assert.Equal([1L, 5L, 7L], received.Select(e => e.Position));
    }

    [Fact]
    public async Task Subscribe_WithEventTypes_YieldsOnlyThoseTypes()
    {
        // Given
        var claim = FactEvent(TestFacts.Claim("kyiv", "c-1", "r-1"));
        await Store.AppendAsync("story-kyiv", ExpectedVersion.Any, [FactEvent(TestFacts.Report("kyiv", "r-1")), claim]);
        var filter = new SubscriptionFilter(EventTypes: new HashSet<string>(StringComparer.Ordinal) { "claim-reported", "thing-marked" });
        await using var probe = SubscriptionProbe.Start(Store, 0, filter);

        // When
        await Store.AppendAsync("story-kyiv", ExpectedVersion.Any, NewEvents(2, "thing-noted"));
        var marker = NewEvent("thing-marked");
        await Store.AppendAsync("story-gaza", ExpectedVersion.Any, [marker]);
        var received = await probe.TakeAsync(2);

        // Then
        Assert.Equal([claim.EventId, marker.EventId], received.Select(e => e.EventId));
        Assert.Equal(["claim-reported", "thing-marked"], received.Select(e => e.EventType));
    }

    [Fact]
    public async Task Subscribe_TwoSubscribersAtOnce_EachReceivesEveryEvent()
    {
        // Given
        await using var one = SubscriptionProbe.Start(Store, 0);
        await using var two = SubscriptionProbe.Start(Store, 0);

        // When
        var batch = NewEvents(3);
        await Store.AppendAsync("story-kyiv", ExpectedVersion.NoStream, batch);

        // Then
        Assert.Equal(batch.Select(e => e.EventId), (await one.TakeAsync(3)).Select(e => e.EventId));
        Assert.Equal(batch.Select(e => e.EventId), (await two.TakeAsync(3)).Select(e => e.EventId));
    }
}
