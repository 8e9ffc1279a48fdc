using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;

namespace Story.Bench.Serving;

/// <summary>
/// A plain HTTP client of <c>GET /api/stream</c>: reads the Server-Sent Events line by line and reports each event's
/// <c>id:</c> (the fact's global position) with the Stopwatch timestamp at which its line was read.
/// </summary>
public static class SseFactReader
{
    /// <summary>Opens the stream after <paramref name="afterPosition"/>; returns once the response headers are in.</summary>
    public static async Task<HttpResponseMessage> ConnectAsync(HttpClient client, long afterPosition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("api/stream?from=" + afterPosition.ToString(CultureInfo.InvariantCulture), UriKind.Relative));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        try
        {
            response.EnsureSuccessStatusCode();
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    /// <summary>Reads events until the stream ends or <paramref name="cancellationToken"/> fires.</summary>
    public static async Task ReadAsync(HttpResponseMessage response, Action<long, long> delivered, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(delivered);
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var reader = new StreamReader(body);
        long? id = null;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.StartsWith("id:", StringComparison.Ordinal)
                && long.TryParse(line.AsSpan(3).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var position))
            {
                id = position;
            }
            else if (line.Length == 0 && id is { } complete)
            {
                // A blank line ends an event: only now has the client read the whole of it.
                delivered(complete, Stopwatch.GetTimestamp());
                id = null;
            }
        }
    }
}
