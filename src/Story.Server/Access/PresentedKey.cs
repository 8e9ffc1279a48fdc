namespace Story.Server.Access;

/// <summary>Finds the API key a request carries. Never log what this returns.</summary>
public static class PresentedKey
{
    public const string HeaderName = "X-Api-Key";

    /// <summary>
    /// The cookie the web page sets when a reader types a read key: an EventSource cannot send headers. Only reads accept
    /// it; writes need a header, so that another site cannot make a browser write with its cookie.
    /// </summary>
    public const string ReadCookieName = "story-read-key";

    private const string BearerPrefix = "Bearer ";

    public static string? FromHeaders(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Headers[HeaderName].ToString() is { Length: > 0 } key)
        {
            return key.Trim();
        }

        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase)
            ? authorization[BearerPrefix.Length..].Trim()
            : null;
    }

    public static string? ForReading(HttpRequest request) =>
        FromHeaders(request) ?? (request.Cookies.TryGetValue(ReadCookieName, out var cookie) ? Uri.UnescapeDataString(cookie) : null);
}
