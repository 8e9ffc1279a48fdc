using System.Text;

namespace Story.Server.Tests.Support;

/// <summary>One Server-Sent Event as received: its id, event name, data, or a comment line.</summary>
public sealed record SseEvent(string? Id, string? Event, string Data, IReadOnlyList<string> Comments);

/// <summary>
/// Reads a <c>text/event-stream</c> response the way an EventSource does: fields until a blank line, then dispatch.
/// Comment-only blocks (the heartbeat) are returned too, so a test can see them.
/// </summary>
public sealed class SseClient : IAsyncDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;

    private SseClient(HttpResponseMessage response, System.IO.Stream body)
    {
        _response = response;
        _reader = new StreamReader(body, Encoding.UTF8);
    }

    public HttpResponseMessage Response => _response;

    public static async Task<SseClient> ConnectAsync(HttpClient client, string url, string? lastEventId = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Accept", "text/event-stream");
        if (lastEventId is not null)
        {
            request.Headers.Add("Last-Event-ID", lastEventId);
        }

        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        return new SseClient(response, await response.Content.ReadAsStreamAsync());
    }

    /// <summary>The next block, comments included; fails the test after <paramref name="timeout"/> (delivery, not speed).</summary>
    public async Task<SseEvent> NextAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        string? id = null;
        string? name = null;
        var data = new List<string>();
        var comments = new List<string>();
        while (true)
        {
            var line = await _reader.ReadLineAsync(cancel.Token) ?? throw new EndOfStreamException("the event stream ended");
            if (line.Length == 0)
            {
                if (id is null && name is null && data.Count == 0 && comments.Count == 0)
                {
                    continue;
                }

                return new SseEvent(id, name, string.Join('\n', data), comments);
            }

            if (line.StartsWith(':'))
            {
                comments.Add(line[1..].Trim());
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var field = colon < 0 ? line : line[..colon];
            var value = colon < 0 ? string.Empty : line[(colon + 1)..].TrimStart(' ');
            switch (field)
            {
                case "id": id = value; break;
                case "event": name = value; break;
                case "data": data.Add(value); break;
            }
        }
    }

    /// <summary>The next event carrying a fact, skipping comment blocks (the greeting and heartbeats).</summary>
    public async Task<SseEvent> NextFactAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var next = await NextAsync(deadline - DateTime.UtcNow);
            if (next.Id is not null)
            {
                return next;
            }
        }
    }

    public ValueTask DisposeAsync()
    {
        _reader.Dispose();
        _response.Dispose();
        return ValueTask.CompletedTask;
    }
}
