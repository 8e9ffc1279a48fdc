using Google.Protobuf;

namespace Story.KurrentDb.Grpc;

/// <summary>
/// One call in flight: the response, its frame reader, and the deadline. Turns transport failures, the deadline
/// and non-OK statuses into <see cref="GrpcCallException"/>; the caller's own cancellation stays an
/// <see cref="OperationCanceledException"/>. Disposing it before the end resets the HTTP/2 stream.
/// </summary>
internal sealed class GrpcCall : IDisposable
{
    private readonly CancellationTokenSource _lifetime;
    private readonly CancellationToken _callerToken;
    private readonly TimeSpan? _timeout;
    private HttpResponseMessage? _response;
    private GrpcFrameReader? _reader;
    private bool _finished;

    private GrpcCall(CancellationTokenSource lifetime, TimeSpan? timeout, CancellationToken callerToken)
    {
        _lifetime = lifetime;
        _callerToken = callerToken;
        _timeout = timeout;
    }

    public static async Task<GrpcCall> StartAsync(HttpClient http, HttpRequestMessage request, GrpcCallOptions options, int maxMessageLength)
    {
        var lifetime = CancellationTokenSource.CreateLinkedTokenSource(options.CancellationToken);
        if (options.Timeout is { } timeout)
        {
            lifetime.CancelAfter(timeout);
        }

        var call = new GrpcCall(lifetime, options.Timeout, options.CancellationToken);
        try
        {
            await call.SendAsync(http, request, maxMessageLength);
            return call;
        }
        catch
        {
            call.Dispose();
            throw;
        }
    }

    /// <summary>The next message, or null once the call ended with status OK.</summary>
    public async Task<T?> ReadAsync<T>(MessageParser<T> parser)
        where T : class, IMessage<T>
    {
        if (_finished || _reader is null)
        {
            return null;
        }

        byte[]? bytes;
        try
        {
            bytes = await _reader.ReadAsync(_lifetime.Token);
        }
        catch (Exception ex) when (ex is not GrpcCallException)
        {
            throw Translate(ex);
        }

        if (bytes is null)
        {
            _finished = true;
            var failure = GrpcResponseStatus.FromTrailers(_response!);
            return failure is null ? null : throw failure;
        }

        try
        {
            return parser.ParseFrom(bytes);
        }
        catch (InvalidProtocolBufferException ex)
        {
            throw new GrpcCallException(GrpcStatusCode.Internal, $"Could not parse a {typeof(T).Name}: {ex.Message}", innerException: ex);
        }
    }

    public void Dispose()
    {
        _response?.Dispose();
        _lifetime.Dispose();
    }

    private async Task SendAsync(HttpClient http, HttpRequestMessage request, int maxMessageLength)
    {
        try
        {
            _response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, _lifetime.Token);
            var failure = GrpcResponseStatus.FromHeaders(_response, out var trailersOnlyOk);
            if (failure is not null)
            {
                throw failure;
            }

            if (trailersOnlyOk)
            {
                _finished = true;
                return;
            }

            var body = await _response.Content.ReadAsStreamAsync(_lifetime.Token);
            _reader = new GrpcFrameReader(body, maxMessageLength);
        }
        catch (Exception ex) when (ex is not GrpcCallException)
        {
            throw Translate(ex);
        }
    }

    private Exception Translate(Exception ex)
    {
        if (_callerToken.IsCancellationRequested)
        {
            return new OperationCanceledException("The call was cancelled by the caller.", ex, _callerToken);
        }

        if (_lifetime.IsCancellationRequested)
        {
            return new GrpcCallException(GrpcStatusCode.DeadlineExceeded, $"The deadline of {_timeout} passed before the call completed.", innerException: ex);
        }

        return ex switch
        {
            HttpRequestException or IOException => new GrpcCallException(GrpcStatusCode.Unavailable, ex.Message, innerException: ex),
            OperationCanceledException => new GrpcCallException(GrpcStatusCode.Cancelled, ex.Message, innerException: ex),
            _ => ex,
        };
    }
}
