using System.Net;
using System.Net.Sockets;
using Story.Server.Tests.Support;

namespace Story.Server.Tests.Api;

public sealed class HealthTests
{
    [Fact]
    public async Task Healthz_And_Readyz_StoreReachable_Are200()
    {
        await using var factory = new StoryServerFactory();
        var client = factory.CreateClient();

        var live = await client.GetJsonAsync("/healthz");
        var ready = await client.GetJsonAsync("/readyz");

        Assert.Equal("up", live["status"]!.GetValue<string>());
        Assert.Equal("ready", ready["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Readyz_StoreUnreachable_Is503WhileHealthzStays200()
    {
        // Given a server whose store is a KurrentDB node that is not running (a port nobody listens on)
        await using var factory = new StoryServerFactory(("STORY_STORE", $"kurrentdb://127.0.0.1:{ClosedPort()}?tls=false"));
        var client = factory.CreateClient();

        using var ready = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
        using var live = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var body = await ready.ReadJsonAsync();
        Assert.Equal("unavailable", body["status"]!.GetValue<string>());
        Assert.Contains("127.0.0.1", body["problem"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
