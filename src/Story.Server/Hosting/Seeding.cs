using MediatR;
using Story.Application.Seeding;
using Story.Store;

namespace Story.Server.Hosting;

/// <summary>A fresh store starts with the bundled seed story, so that the page has something to show.</summary>
public static class Seeding
{
    public static async Task SeedIfEmptyAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        var store = app.Services.GetRequiredService<IEventStore>();
        try
        {
            await store.CheckHealthAsync(cancellationToken);
        }
        catch (StoreUnavailableException ex)
        {
            // A server whose store is down still starts, says so on /readyz, and serves once the store is back.
            Console.Error.WriteLine($"The store cannot be reached yet ({ex.Message}); /readyz answers 503 until it can. The seed story was not checked.");
            return;
        }

        if (await store.GetHeadPositionAsync(cancellationToken) > 0)
        {
            return;
        }

        try
        {
            var result = await app.Services.GetRequiredService<IMediator>().Send(new SeedStory(), cancellationToken);
            Console.Out.WriteLine($"The store was empty: loaded the seed story '{result.StoryId}' ({result.Reports} reports, {result.Appended} facts).");
        }
        catch (FileNotFoundException ex)
        {
            Console.Error.WriteLine($"The store is empty and the seed story is missing ({ex.Message}); POST facts to /api/facts.");
        }
    }
}
