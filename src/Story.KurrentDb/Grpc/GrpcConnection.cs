using System.Net;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using Google.Protobuf;

namespace Story.KurrentDb.Grpc;

/// <summary>
/// gRPC over <see cref="HttpClient"/> and HTTP/2: enough of the protocol for client-streaming and server-streaming
/// calls with protobuf messages, deadlines, cancellation and basic authentication.
/// </summary>
internal sealed class GrpcConnection : IDisposable
{
    public const int DefaultMaxMessageLength = 64 * 1024 * 1024;

    private readonly HttpClient _http;
    private readonly AuthenticationHeaderValue? _authorization;
    private readonly int _maxMessageLength;

    public GrpcConnection(HttpMessageHandler handler, Uri address, AuthenticationHeaderValue? authorization, int maxMessageLength = DefaultMaxMessageLength)
    {
        // Deadlines are per call (grpc-timeout plus a local timer); HttpClient's own timeout would cut subscriptions.
        _http = new HttpClient(handler, disposeHandler: true) { BaseAddress = address, Timeout = Timeout.InfiniteTimeSpan };
        _authorization = authorization;
        _maxMessageLength = maxMessageLength;
        Address = address;
    }

    public Uri Address { get; }

    public static AuthenticationHeaderValue Basic(string userName, string password) =>
        new("Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{userName}:{password}")));

    /// <summary>Sends every request message, then reads the single response.</summary>
    public async Task<TResponse> ClientStreamingAsync<TResponse>(string method, IReadOnlyList<IMessage> requests, MessageParser<TResponse> parser, GrpcCallOptions options)
        where TResponse : class, IMessage<TResponse>
    {
        using var call = await GrpcCall.StartAsync(_http, CreateRequest(method, requests, options.Timeout), options, _maxMessageLength);
        var response = await call.ReadAsync(parser)
            ?? throw new GrpcCallException(GrpcStatusCode.Internal, $"{method} ended with status OK but without a response message.");
        if (await call.ReadAsync(parser) is not null)
        {
            throw new GrpcCallException(GrpcStatusCode.Internal, $"{method} sent more than one response message.");
        }

        return response;
    }

    /// <summary>Sends one request message and yields the response messages as they arrive.</summary>
    public async IAsyncEnumerable<TResponse> ServerStreamingAsync<TResponse>(string method, IMessage request, MessageParser<TResponse> parser, GrpcCallOptions options)
        where TResponse : class, IMessage<TResponse>
    {
        using var call = await GrpcCall.StartAsync(_http, CreateRequest(method, [request], options.Timeout), options, _maxMessageLength);
        while (await call.ReadAsync(parser) is { } response)
        {
            yield return response;
        }
    }

    public void Dispose() => _http.Dispose();

    private HttpRequestMessage CreateRequest(string method, IReadOnlyList<IMessage> messages, TimeSpan? timeout)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(method.TrimStart('/'), UriKind.Relative))
        {
            // Exact HTTP/2: over http:// this is prior knowledge (h2c), over https:// ALPN must agree on h2.
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new GrpcRequestContent(messages),
        };
        request.Headers.TE.Add(new TransferCodingWithQualityHeaderValue("trailers"));
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue("story-kurrentdb", "1.0"));
        if (timeout is { } t)
        {
            request.Headers.TryAddWithoutValidation("grpc-timeout", GrpcTimeout.Format(t));
        }

        if (_authorization is not null)
        {
            request.Headers.Authorization = _authorization;
        }

        return request;
    }
}
