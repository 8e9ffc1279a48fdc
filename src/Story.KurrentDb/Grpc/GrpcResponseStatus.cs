using System.Globalization;
using System.Net;
using System.Net.Http.Headers;

namespace Story.KurrentDb.Grpc;

/// <summary>Reads a call's status from the response: its headers (trailers-only responses, HTTP errors) or its trailers.</summary>
internal static class GrpcResponseStatus
{
    public const string StatusKey = "grpc-status";
    public const string MessageKey = "grpc-message";

    /// <summary>
    /// The failure the response headers already tell, or null when the body should be read: an HTTP error,
    /// a body that is not gRPC, or a trailers-only response with a non-OK status.
    /// </summary>
    /// <param name="response">The response, its headers read.</param>
    /// <param name="trailersOnlyOk">True when the headers carry grpc-status 0: the call ended without messages.</param>
    public static GrpcCallException? FromHeaders(HttpResponseMessage response, out bool trailersOnlyOk)
    {
        trailersOnlyOk = false;
        var headers = Collect(response.Headers, response.Content.Headers);
        if (headers.ContainsKey(StatusKey))
        {
            var failure = FromMetadata(headers);
            trailersOnlyOk = failure is null;
            return failure;
        }

        if (response.StatusCode != HttpStatusCode.OK)
        {
            return new GrpcCallException(FromHttpStatus(response.StatusCode), $"HTTP status {(int)response.StatusCode} {response.ReasonPhrase} without a gRPC status.", headers);
        }

        var contentType = response.Content.Headers.ContentType?.MediaType;
        if (contentType is null || !contentType.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase))
        {
            return new GrpcCallException(GrpcStatusCode.Internal, $"The response content type '{contentType}' is not application/grpc.", headers);
        }

        return null;
    }

    /// <summary>The failure the trailers tell, or null for OK. A body that ended without grpc-status is a failure too.</summary>
    public static GrpcCallException? FromTrailers(HttpResponseMessage response)
    {
        var trailers = Collect(response.TrailingHeaders);
        return trailers.ContainsKey(StatusKey)
            ? FromMetadata(trailers)
            : new GrpcCallException(GrpcStatusCode.Internal, "The response ended without a grpc-status trailer.", trailers);
    }

    public static GrpcCallException? FromMetadata(IReadOnlyDictionary<string, string> metadata)
    {
        var statusText = metadata.GetValueOrDefault(StatusKey, string.Empty);
        if (!int.TryParse(statusText, NumberStyles.None, CultureInfo.InvariantCulture, out var status))
        {
            return new GrpcCallException(GrpcStatusCode.Unknown, $"Invalid grpc-status '{statusText}'.", metadata);
        }

        if (status == (int)GrpcStatusCode.OK)
        {
            return null;
        }

        var code = Enum.IsDefined(typeof(GrpcStatusCode), status) ? (GrpcStatusCode)status : GrpcStatusCode.Unknown;
        var message = PercentEncoding.Decode(metadata.GetValueOrDefault(MessageKey, string.Empty));
        return new GrpcCallException(code, message, metadata);
    }

    /// <summary>The mapping the gRPC spec gives for HTTP statuses that carry no gRPC status.</summary>
    public static GrpcStatusCode FromHttpStatus(HttpStatusCode status) => status switch
    {
        HttpStatusCode.BadRequest => GrpcStatusCode.Internal,
        HttpStatusCode.Unauthorized => GrpcStatusCode.Unauthenticated,
        HttpStatusCode.Forbidden => GrpcStatusCode.PermissionDenied,
        HttpStatusCode.NotFound => GrpcStatusCode.Unimplemented,
        HttpStatusCode.TooManyRequests or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout => GrpcStatusCode.Unavailable,
        _ => GrpcStatusCode.Unknown,
    };

    private static Dictionary<string, string> Collect(params HttpHeaders[] headerSets)
    {
        var metadata = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var headers in headerSets)
        {
            foreach (var (name, values) in headers.NonValidated)
            {
                metadata[name] = string.Join(",", values);
            }
        }

        return metadata;
    }
}
