using System.Globalization;
using Story.KurrentDb.Grpc;
using Story.KurrentDb.Protocol;
using Story.Store;

namespace Story.KurrentDb;

/// <summary>
/// Turns a failed call into the error a Story user can act on. KurrentDB names its errors in the <c>exception</c>
/// trailer and adds details in further trailers (<c>stream-name</c>, <c>expected-version</c>, ...).
/// </summary>
internal static class KurrentErrors
{
    public static Exception Translate(GrpcCallException failure, Uri address)
    {
        var trailers = failure.Trailers;
        switch (trailers.GetValueOrDefault("exception"))
        {
            case "wrong-expected-version":
                return new WrongExpectedVersionException(
                    trailers.GetValueOrDefault("stream-name", string.Empty),
                    ExpectedRevisions.FromKurrentExpected(trailers.GetValueOrDefault("expected-version", "-2")),
                    ExpectedRevisions.FromKurrentActual(trailers.GetValueOrDefault("actual-version", string.Empty)));
            case "stream-deleted":
                return new KurrentDbStreamDeletedException(trailers.GetValueOrDefault("stream-name", string.Empty), failure);
            case "access-denied":
                return new KurrentDbAccessDeniedException($"KurrentDB at {address} denied access: {failure.StatusMessage}", failure);
            case "not-leader":
                return new KurrentDbNotLeaderException(
                    trailers.GetValueOrDefault("leader-endpoint-host", "?"),
                    int.TryParse(trailers.GetValueOrDefault("leader-endpoint-port"), NumberStyles.None, CultureInfo.InvariantCulture, out var port) ? port : 0,
                    failure);
        }

        return failure.StatusCode switch
        {
            GrpcStatusCode.Unauthenticated => new KurrentDbAccessDeniedException(
                $"KurrentDB at {address} did not accept the credentials ({failure.StatusMessage}); check the user and password in the connection string.", failure),
            GrpcStatusCode.PermissionDenied => new KurrentDbAccessDeniedException($"KurrentDB at {address} denied access: {failure.StatusMessage}", failure),
            GrpcStatusCode.Unavailable => new StoreUnavailableException(
                $"KurrentDB at {address} cannot be reached ({failure.StatusMessage}). Is the server running, and does tls= in the connection string match it?", failure),
            GrpcStatusCode.DeadlineExceeded => new StoreUnavailableException(
                $"KurrentDB at {address} did not answer in time ({failure.StatusMessage}).", failure),
            _ => failure,
        };
    }

    /// <summary>Whether a subscription that failed this way should be re-established after a pause.</summary>
    public static bool IsTransient(Exception failure) => failure switch
    {
        StoreUnavailableException => true,
        GrpcCallException call => call.StatusCode is GrpcStatusCode.Unavailable or GrpcStatusCode.Aborted
            or GrpcStatusCode.DeadlineExceeded or GrpcStatusCode.ResourceExhausted or GrpcStatusCode.Cancelled,
        _ => false,
    };
}
