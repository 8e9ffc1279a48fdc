using System.Net;
using Google.Protobuf;
using Story.KurrentDb.Grpc;
using Story.KurrentDb.Protocol;

namespace Story.Store.Tests.KurrentDb;

/// <summary>The HTTP/2 call layer against crafted responses: request shape, streaming, statuses, deadlines.</summary>
public sealed class GrpcConnectionTests
{
    private static readonly Uri Address = new("http://kurrent.test:2113/");

    private static StreamIdentifier Name(string name) => new() { StreamName = ByteString.CopyFromUtf8(name) };

    private static GrpcConnection Connect(TransportStub stub) =>
        new(stub, Address, GrpcConnection.Basic("admin", "changeit"));

    [Fact]
    public async Task ClientStreaming_SendsGrpcRequestOverHttp2WithEveryMessageFramed()
    {
        // Given
        var stub = new TransportStub(TransportStub.Response([Name("reply")], ("grpc-status", "0")));
        using var connection = Connect(stub);

        // When
        var reply = await connection.ClientStreamingAsync(
            "/pkg.Service/Method", [Name("first"), Name("second")], StreamIdentifier.Parser, new GrpcCallOptions(TimeSpan.FromSeconds(5), CancellationToken.None));

        // Then the reply is parsed
        Assert.Equal(Name("reply"), reply);

        // And the request is a gRPC POST over exact HTTP/2
        var (request, body) = Assert.Single(stub.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal(new Uri("http://kurrent.test:2113/pkg.Service/Method"), request.RequestUri);
        Assert.Equal(HttpVersion.Version20, request.Version);
        Assert.Equal(HttpVersionPolicy.RequestVersionExact, request.VersionPolicy);
        Assert.Equal("application/grpc", request.Content!.Headers.ContentType!.MediaType);
        Assert.Equal("trailers", Assert.Single(request.Headers.TE).Value);
        Assert.Equal("5000m", Assert.Single(request.Headers.GetValues("grpc-timeout")));
        Assert.Equal("Basic", request.Headers.Authorization!.Scheme);
        Assert.Equal("admin:changeit", System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(request.Headers.Authorization.Parameter!)));

        // And the body holds both messages as frames, in order
        Assert.Equal(GrpcFrame.Encode(Name("first")).Concat(GrpcFrame.Encode(Name("second"))), body);
    }

    [Fact]
    public async Task ServerStreaming_FramesArrivingInPieces_YieldsEachMessageThenEndsOnOkTrailer()
    {
        // Given three messages whose frames arrive seven bytes at a time
        var frames = new[] { Name("a"), Name("bb"), Name("ccc") }.SelectMany(GrpcFrame.Encode).ToArray();
        var response = TransportStub.Response(Array.Empty<byte>(), ("grpc-status", "0"));
        response.Content = new StreamContent(new TrickleStream(frames, maxPerRead: 7));
        response.Content.Headers.ContentType = new("application/grpc");
        using var connection = Connect(new TransportStub(response));

        // When
        var received = new List<StreamIdentifier>();
        await foreach (var m in connection.ServerStreamingAsync("/pkg.Service/Read", Name("q"), StreamIdentifier.Parser, new GrpcCallOptions(null, CancellationToken.None)))
        {
            received.Add(m);
        }

        // Then
        Assert.Equal([Name("a"), Name("bb"), Name("ccc")], received);
    }

    [Fact]
    public async Task ServerStreaming_ErrorTrailerAfterMessages_YieldsMessagesThenThrowsDecodedStatus()
    {
        // Given one message, then a NotFound status whose message is percent-encoded UTF-8
        var stub = new TransportStub(TransportStub.Response(
            [Name("a")],
            ("grpc-status", "5"),
            ("grpc-message", "Event stream %E2%80%98story-x%E2%80%99 is not found 100%25"),
            ("exception", "stream-not-found")));
        using var connection = Connect(stub);
        var received = new List<StreamIdentifier>();

        // When
        var failure = await Assert.ThrowsAsync<GrpcCallException>(async () =>
        {
            await foreach (var m in connection.ServerStreamingAsync("/pkg.Service/Read", Name("q"), StreamIdentifier.Parser, new GrpcCallOptions(null, CancellationToken.None)))
            {
                received.Add(m);
            }
        });

        // Then
        Assert.Equal([Name("a")], received);
        Assert.Equal(GrpcStatusCode.NotFound, failure.StatusCode);
        Assert.Equal("Event stream \u2018story-x\u2019 is not found 100%", failure.StatusMessage);
        Assert.Equal("stream-not-found", failure.Trailers["exception"]);
    }

    [Fact]
    public async Task Call_TrailersOnlyResponse_ReadsStatusFromHeaders()
    {
        // Given a response with no body whose status is in the headers
        var stub = new TransportStub(TransportStub.TrailersOnly(("grpc-status", "7"), ("grpc-message", "Access Denied"), ("exception", "access-denied")));
        using var connection = Connect(stub);

        // When
        var failure = await Assert.ThrowsAsync<GrpcCallException>(() =>
            connection.ClientStreamingAsync("/pkg.Service/Append", [Name("x")], StreamIdentifier.Parser, new GrpcCallOptions(null, CancellationToken.None)));

        // Then
        Assert.Equal(GrpcStatusCode.PermissionDenied, failure.StatusCode);
        Assert.Equal("Access Denied", failure.StatusMessage);
        Assert.Equal("access-denied", failure.Trailers["exception"]);
    }

    [Fact]
    public async Task ServerStreaming_TrailersOnlyOk_YieldsNothing()
    {
        // Given
        using var connection = Connect(new TransportStub(TransportStub.TrailersOnly(("grpc-status", "0"))));

        // When
        var count = 0;
        await foreach (var _ in connection.ServerStreamingAsync("/pkg.Service/Read", Name("q"), StreamIdentifier.Parser, new GrpcCallOptions(null, CancellationToken.None)))
        {
            count++;
        }

        // Then
        Assert.Equal(0, count);
    }

    [Theory]
    [InlineData(HttpStatusCode.ServiceUnavailable, GrpcStatusCode.Unavailable)]
    [InlineData(HttpStatusCode.Unauthorized, GrpcStatusCode.Unauthenticated)]
    [InlineData(HttpStatusCode.NotFound, GrpcStatusCode.Unimplemented)]
    public async Task Call_HttpErrorWithoutGrpcStatus_MapsToGrpcStatus(HttpStatusCode http, GrpcStatusCode expected)
    {
        // Given a proxy-style error response
        using var connection = Connect(new TransportStub(new HttpResponseMessage(http) { Content = new StringContent("<html/>") }));

        // When
        var failure = await Assert.ThrowsAsync<GrpcCallException>(() =>
            connection.ClientStreamingAsync("/pkg.Service/Append", [Name("x")], StreamIdentifier.Parser, new GrpcCallOptions(null, CancellationToken.None)));

        // Then
        Assert.Equal(expected, failure.StatusCode);
    }

    [Fact]
    public async Task Call_BodyEndsWithoutStatusTrailer_Fails()
    {
        // Given a body cut off after a message, with no trailers
        using var connection = Connect(new TransportStub(TransportStub.Response([Name("a")])));

        // When
        var failure = await Assert.ThrowsAsync<GrpcCallException>(() =>
            connection.ClientStreamingAsync("/pkg.Service/Append", [Name("x")], StreamIdentifier.Parser, new GrpcCallOptions(null, CancellationToken.None)));

        // Then
        Assert.Equal(GrpcStatusCode.Internal, failure.StatusCode);
        Assert.Contains("grpc-status", failure.StatusMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Call_TransportFails_IsUnavailable()
    {
        // Given a connection that cannot be made
        using var connection = Connect(new TransportStub((_, _) => throw new HttpRequestException("Connection refused (kurrent.test:2113)")));

        // When
        var failure = await Assert.ThrowsAsync<GrpcCallException>(() =>
            connection.ClientStreamingAsync("/pkg.Service/Append", [Name("x")], StreamIdentifier.Parser, new GrpcCallOptions(null, CancellationToken.None)));

        // Then
        Assert.Equal(GrpcStatusCode.Unavailable, failure.StatusCode);
        Assert.Contains("Connection refused", failure.StatusMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Call_ServerSilentPastDeadline_FailsWithDeadlineExceeded()
    {
        // Given a server that never answers
        using var connection = Connect(new TransportStub(async (_, ct) =>
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, ct);
            throw new InvalidOperationException("unreachable");
        }));

        // When
        var failure = await Assert.ThrowsAsync<GrpcCallException>(() =>
            connection.ClientStreamingAsync("/pkg.Service/Append", [Name("x")], StreamIdentifier.Parser, new GrpcCallOptions(TimeSpan.FromMilliseconds(50), CancellationToken.None)));

        // Then
        Assert.Equal(GrpcStatusCode.DeadlineExceeded, failure.StatusCode);
    }

    [Fact]
    public async Task Call_CallerCancels_IsOperationCanceled()
    {
        // Given a server that never answers, and a caller who gives up
        using var connection = Connect(new TransportStub(async (_, ct) =>
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, ct);
            throw new InvalidOperationException("unreachable");
        }));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        // When / Then
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            connection.ClientStreamingAsync("/pkg.Service/Append", [Name("x")], StreamIdentifier.Parser, new GrpcCallOptions(TimeSpan.FromMinutes(5), cancel.Token)));
    }
}
