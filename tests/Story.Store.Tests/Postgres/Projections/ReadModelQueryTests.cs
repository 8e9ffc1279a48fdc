using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Story.Application;
using Story.Application.Projections;
using Story.Application.Querying;
using Story.Postgres;
using Story.Projections;

namespace Story.Store.Tests.Postgres.Projections;

[Collection(PostgresCollection.Name)]
public sealed class ReadModelQueryTests(PostgresServerFixture server)
{
    [Fact]
    public async Task GetStoryState_LatestOnPostgres_ComesFromTheReadModelWhileOtherMomentsFoldTheLog()
    {
        // Given a caught-up read model in which one claim's statement was changed behind the daemon's back
        var database = await server.CreateDatabaseAsync();
        await using var store = await PostgresEventStore.OpenAsync(database);
        await SeedLog.AppendAsync(store, await SeedLog.EventsAsync());
        await using var services = new ServiceCollection().AddStoryApplication(store).BuildServiceProvider();
        var mediator = services.GetRequiredService<IMediator>();
        await mediator.Send(new CatchUpProjections());
        var claimId = (await Sql.ColumnAsync<string>(database, "SELECT claim_id FROM story.story_claims ORDER BY claim_id LIMIT 1"))[0];
        await Sql.ExecuteAsync(database, $"UPDATE story.story_claims SET state = jsonb_set(state, '{{statement}}', '\"changed in the read model\"') WHERE claim_id = '{claimId}'");

        // When the story is asked for now, and as of the head position
        var latest = await mediator.Send(new GetStoryState(Moment.Latest));
        var atHead = await mediator.Send(new GetStoryState(Moment.AtPosition(await store.GetHeadPositionAsync())));

        // Then "now" is read from the read model, and the position is folded from the log
        Assert.Equal("changed in the read model", latest.Claims.Single(c => c.ClaimId == claimId).Statement);
        Assert.NotEqual("changed in the read model", atHead.Claims.Single(c => c.ClaimId == claimId).Statement);
    }

    [Fact]
    public async Task GetStoryState_LatestWhileTheReadModelLags_IncludesTheFactsNotYetProjected()
    {
        // Given a read model caught up with half of the story, and the other half appended since
        var database = await server.CreateDatabaseAsync();
        await using var store = await PostgresEventStore.OpenAsync(database);
        var events = await SeedLog.EventsAsync();
        await SeedLog.AppendAsync(store, events.Take(events.Count / 2));
        await using var services = new ServiceCollection().AddStoryApplication(store).BuildServiceProvider();
        var mediator = services.GetRequiredService<IMediator>();
        await mediator.Send(new CatchUpProjections());
        await SeedLog.AppendAsync(store, events.Skip(events.Count / 2));

        // When the latest state is asked for, without catching up
        var latest = await mediator.Send(new GetStoryState(Moment.Latest));

        // Then it is the state of the whole log: the read model plus the facts after its checkpoint
        Assert.True(await ReadModelRows.CheckpointAsync(database, "story-state") < await store.GetHeadPositionAsync());
        var folded = StoryStates.View(Moment.Latest, await ReadModelRows.FoldStoryAsync(store));
        Assert.Equal(ProjectionJson.Serialize(folded), ProjectionJson.Serialize(latest));
    }
}
