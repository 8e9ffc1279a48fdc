using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Story.Application.Stores;
using Story.Server.Access;
using Story.Server.Hosting;
using Story.Store;

namespace Story.Bench.Serving;

/// <summary>
/// The real Story server (the same <c>AddStoryServer</c>/<c>MapStoryServer</c> the program uses) over a store the
/// bench already holds open, listening on a free loopback port. The store stays the caller's: it is not disposed here.
/// </summary>
public sealed class LoopbackStoryServer : IAsyncDisposable
{
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(10);
    private readonly WebApplication _app;

    private LoopbackStoryServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>Where the server listens, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Address { get; }

    public static async Task<LoopbackStoryServer> StartAsync(IEventStore store, string location, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production, ContentRootPath = AppContext.BaseDirectory });

        // Read-only: the bench appends through the store itself. Reads open, whatever the bench's environment says.
        builder.Configuration[AccessPolicy.WriteKeysVariable] = string.Empty;
        builder.Configuration[AccessPolicy.ReadKeysVariable] = string.Empty;

        // Port 0 on an explicit address: Kestrel picks a free port.
        var settings = new ServerSettings(StoreLocation.Parse(location), "http://127.0.0.1:0", ServerSettings.DefaultHeartbeat, ServerSettings.DefaultMaxRequestBodyBytes);
        builder.AddStoryServer(settings, store);

        // The bench's console belongs to its progress and results (and the bench has no wwwroot to warn about).
        builder.Logging.ClearProviders();
        var app = builder.Build().MapStoryServer();
        try
        {
            await app.StartAsync(cancellationToken);
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
                ?? throw new InvalidOperationException("The server started without a listening address.");
            return new LoopbackStoryServer(app, new Uri(address.TrimEnd('/') + "/"));
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        // Open event streams end on ApplicationStopping; the timeout bounds a stop that would otherwise wait for them.
        using (var timeout = new CancellationTokenSource(StopTimeout))
        {
            await _app.StopAsync(timeout.Token);
        }

        await _app.DisposeAsync();
    }
}
