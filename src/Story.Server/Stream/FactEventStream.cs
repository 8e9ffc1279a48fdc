using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Story.Application.Following;
using Story.Facts;

namespace Story.Server.Stream;

/// <summary>
/// Facts as Server-Sent Events: <c>id:</c> the global position (what a client sends back as Last-Event-ID),
/// <c>event:</c> the fact type, <c>data:</c> the <see cref="FactView"/> on one line. Each event is flushed as it is
/// written; a <c>: keep-alive</c> comment goes out on every heartbeat so that proxies keep an idle stream open.
/// Ends quietly when the client goes away or the server stops.
/// </summary>
public sealed class FactEventStream(IAsyncEnumerable<RecordedFact> facts, long afterPosition, TimeSpan heartbeat) : IResult, IEndpointMetadataProvider
{
    public const string ContentType = "text/event-stream";

    /// <summary>How long an EventSource waits before reconnecting after the connection drops.</summary>
    private const int ReconnectMilliseconds = 2000;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.ContentType = ContentType;
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no"; // tells nginx-style proxies not to buffer the stream
        httpContext.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();

        // Open streams end when the server stops, so that Ctrl+C does not wait for every browser tab to leave.
        var stopping = httpContext.RequestServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(httpContext.RequestAborted, stopping);
        var enumerator = facts.GetAsyncEnumerator(stop.Token);
        Task<bool>? next = null;
        try
        {
            var opening = $"retry: {ReconnectMilliseconds.ToString(CultureInfo.InvariantCulture)}\n: following facts after position {afterPosition.ToString(CultureInfo.InvariantCulture)}\n\n";
            await WriteAsync(response, opening, stop.Token);

            using var timer = new PeriodicTimer(heartbeat);
            var tick = timer.WaitForNextTickAsync(stop.Token).AsTask();
            next = enumerator.MoveNextAsync().AsTask();
            while (true)
            {
                if (await Task.WhenAny(next, tick) == next)
                {
                    if (!await next)
                    {
                        return;
                    }

                    await WriteAsync(response, Format(enumerator.Current), stop.Token);
                    next = enumerator.MoveNextAsync().AsTask();
                }
                else
                {
                    await tick;
                    await WriteAsync(response, ": keep-alive\n\n", stop.Token);
                    tick = timer.WaitForNextTickAsync(stop.Token).AsTask();
                }
            }
        }
        catch (OperationCanceledException) when (httpContext.RequestAborted.IsCancellationRequested || stopping.IsCancellationRequested)
        {
            // The client disconnected, or the server is stopping: nothing more to send.
        }
        finally
        {
            await stop.CancelAsync();
            if (next is not null)
            {
                // Let the pending read observe the cancellation before the subscription is disposed.
                await next.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            }

            await enumerator.DisposeAsync();
        }
    }

    public static string Format(RecordedFact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        var data = JsonSerializer.Serialize(FactView.Of(fact), FactJson.Options);
        return $"id: {fact.Position.ToString(CultureInfo.InvariantCulture)}\nevent: {fact.Envelope.EventType}\ndata: {data}\n\n";
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(FactView), [ContentType]));
    }

    private static async Task WriteAsync(HttpResponse response, string text, CancellationToken cancellationToken)
    {
        await response.WriteAsync(text, cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
    }
}
