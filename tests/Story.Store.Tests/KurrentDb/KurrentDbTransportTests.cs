using System.Net;
using System.Net.Sockets;
using System.Text;
using Story.KurrentDb;

namespace Story.Store.Tests.KurrentDb;

/// <summary>The real HTTP/2 transport on real sockets, with no KurrentDB behind them.</summary>
public sealed class KurrentDbTransportTests
{
    private const string Http2Preface = "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n";

    [Fact]
    public async Task Connect_PlainTextNode_OpensWithHttp2PriorKnowledge()
    {
        // Given a socket that records what a client sends first, then hangs up
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var firstBytes = Task.Run(async () =>
        {
            using var socket = await listener.AcceptTcpClientAsync();
            var buffer = new byte[Http2Preface.Length];
            var read = 0;
            var stream = socket.GetStream();
            while (read < buffer.Length && await stream.ReadAsync(buffer.AsMemory(read)) is var n and > 0)
            {
                read += n;
            }

            return Encoding.ASCII.GetString(buffer, 0, read);
        });
        await using var store = KurrentDbEventStore.Create(KurrentDbConnectionString.Parse($"kurrentdb://admin:changeit@127.0.0.1:{port}?tls=false&defaultDeadline=5000"));

        // When the store is asked about the server
        var failure = await Record.ExceptionAsync(() => store.CheckHealthAsync());

        // Then it spoke HTTP/2 from the first byte (h2c prior knowledge, no HTTP/1.1 upgrade)
        Assert.Equal(Http2Preface, await firstBytes);

        // And a peer that hangs up makes the store unavailable
        Assert.IsType<StoreUnavailableException>(failure);
    }

    [Fact]
    public async Task CheckHealth_NothingListening_IsStoreUnavailableNamingTheAddress()
    {
        // Given a port nobody listens on
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        await using var store = KurrentDbEventStore.Create(KurrentDbConnectionString.Parse($"kurrentdb://admin:changeit@127.0.0.1:{port}?tls=false&defaultDeadline=5000"));

        // When
        var failure = await Assert.ThrowsAsync<StoreUnavailableException>(() => store.CheckHealthAsync());

        // Then
        Assert.Contains($"127.0.0.1:{port}", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("changeit", failure.Message, StringComparison.Ordinal);
    }
}
