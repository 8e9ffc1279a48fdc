using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Story.Application;
using Story.Application.Seeding;
using Story.Sqlite;

namespace Story.Store.Tests.Postgres.Projections;

/// <summary>
/// The bundled seed story as `story seed` appends it (late reports, corroborations, disputes, corrections, retractions),
/// taken from a seeded in-memory SQLite store so that tests can append it to PostgreSQL in pieces of any size.
/// </summary>
internal static class SeedLog
{
    private static readonly Lazy<Task<IReadOnlyList<StreamEvent>>> Events = new(LoadAsync);

    public static Task<IReadOnlyList<StreamEvent>> EventsAsync() => Events.Value;

    /// <summary>Appends <paramref name="events"/> in log order, one batch per run of consecutive events of the same stream.</summary>
    public static async Task AppendAsync(IEventStore store, IEnumerable<StreamEvent> events)
    {
        foreach (var run in Runs(events))
        {
            await store.AppendAsync(run[0].StreamId, ExpectedVersion.Any, run.Select(e => e.Event).ToList());
        }
    }

    private static async Task<IReadOnlyList<StreamEvent>> LoadAsync()
    {
        await using var store = await SqliteEventStore.OpenAsync(":memory:");
        await using (var services = new ServiceCollection().AddStoryApplication(store).BuildServiceProvider())
        {
            await services.GetRequiredService<IMediator>().Send(new SeedStory());
        }

        var events = new List<StreamEvent>();
        await foreach (var e in store.ReadAllAsync())
        {
            events.Add(new StreamEvent(e.StreamId, new EventData(e.EventId, e.EventType, e.Data, e.Metadata)));
        }

        return events;
    }

    private static IEnumerable<List<StreamEvent>> Runs(IEnumerable<StreamEvent> events)
    {
        var run = new List<StreamEvent>();
        foreach (var e in events)
        {
            if (run.Count > 0 && run[0].StreamId != e.StreamId)
            {
                yield return run;
                run = [];
            }

            run.Add(e);
        }

        if (run.Count > 0)
        {
            yield return run;
        }
    }
}

internal sealed record StreamEvent(string StreamId, EventData Event);
