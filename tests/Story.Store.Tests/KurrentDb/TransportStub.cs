using System.Net;
using System.Net.Http.Headers;
using Google.Protobuf;
using Story.KurrentDb.Grpc;

namespace Story.Store.Tests.KurrentDb;

/// <summary>
/// An in-process HTTP transport for testing the gRPC framing layer: it records each request (with its body) and
/// answers with a crafted HTTP/2 response. It knows nothing of KurrentDB; it is not a server.
/// </summary>
internal sealed class TransportStub(Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> respond) : HttpMessageHandler
{
    public TransportStub(HttpResponseMessage response)
        : this((_, _) => Task.FromResult(response))
    {
    }

    public List<(HttpRequestMessage Request, byte[] Body)> Requests { get; } = [];

    public static HttpResponseMessage Response(IEnumerable<IMessage> messages, params (string Name, string Value)[] trailers) =>
        Response(messages.SelectMany(GrpcFrame.Encode).ToArray(), trailers);

    public static HttpResponseMessage Response(byte[] body, params (string Name, string Value)[] trailers)
    {
        var response = new HttpResponseMessage(HttpStatusCode.OK)
        {
            Version = HttpVersion.Version20,
            Content = new StreamContent(new MemoryStream(body)),
        };
        response.Content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");
        foreach (var (name, value) in trailers)
        {
            response.TrailingHeaders.TryAddWithoutValidation(name, value);
        }

        return response;
    }

    /// <summary>A response whose status is in the headers and that has no body (gRPC's trailers-only form).</summary>
    public static HttpResponseMessage TrailersOnly(params (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage(HttpStatusCode.OK) { Version = HttpVersion.Version20, Content = new ByteArrayContent([]) };
        response.Content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");
        foreach (var (name, value) in headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        Requests.Add((request, body));
        return await respond(request, cancellationToken);
    }
}
