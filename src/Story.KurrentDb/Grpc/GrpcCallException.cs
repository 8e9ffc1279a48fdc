namespace Story.KurrentDb.Grpc;

/// <summary>A gRPC call ended with a status other than OK.</summary>
public sealed class GrpcCallException : Exception
{
    public GrpcCallException(GrpcStatusCode statusCode, string statusMessage, IReadOnlyDictionary<string, string>? trailers = null, Exception? innerException = null)
        : base($"gRPC call failed with status {statusCode}: {statusMessage}", innerException)
    {
        StatusCode = statusCode;
        StatusMessage = statusMessage;
        Trailers = trailers ?? new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
    }

    public GrpcStatusCode StatusCode { get; }

    /// <summary>The decoded <c>grpc-message</c>.</summary>
    public string StatusMessage { get; }

    /// <summary>The response metadata (headers and trailers), keys case-insensitive.</summary>
    public IReadOnlyDictionary<string, string> Trailers { get; }
}
