using Story.Application.Stores;
using Story.Server.Hosting;
using Story.Store;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, WebRootPath = StoryServer.WebRoot() });
var settings = ServerSettings.From(builder.Configuration);
IEventStore store;
try
{
    store = await StoreOpener.OpenAsync(settings.Store, createIfMissing: true);
}
catch (Exception ex) when (ex is StoreLocationException or StoreUnavailableException)
{
    await Console.Error.WriteLineAsync("error: " + ex.Message);
    return 4;
}

await using (store)
{
    var app = builder.AddStoryServer(settings, store).Build().MapStoryServer();
    await app.SeedIfEmptyAsync();
    await app.RunAsync();
    return 0;
}

/// <summary>The entry point; public so that tests can host it with WebApplicationFactory.</summary>
public partial class Program;
