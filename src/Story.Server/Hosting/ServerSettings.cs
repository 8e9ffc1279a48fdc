using System.Globalization;
using Story.Application.Stores;

namespace Story.Server.Hosting;

/// <summary>
/// What the server reads from its environment. Every value is a configuration key, so it can come from an environment
/// variable (<c>STORY_STORE=...</c>), a command-line argument (<c>--STORY_STORE=...</c>) or a test host's settings.
/// </summary>
/// <param name="Store">Where the facts live (<c>STORY_STORE</c>, default <c>sqlite:story.db</c> in the working folder).</param>
/// <param name="Urls">Where to listen: <c>--urls</c>, else <c>STORY_URLS</c>, else <see cref="DefaultUrls"/>.</param>
/// <param name="Heartbeat">How often an idle event stream sends a keep-alive comment (<c>STORY_HEARTBEAT_SECONDS</c>, default 15).</param>
/// <param name="MaxRequestBodyBytes">The largest request body accepted (<c>STORY_MAX_BODY_BYTES</c>, default 5 MB); larger is 413.</param>
public sealed record ServerSettings(StoreLocation Store, string Urls, TimeSpan Heartbeat, long MaxRequestBodyBytes)
{
    public const string DefaultUrls = "http://127.0.0.1:5080";
    public const long DefaultMaxRequestBodyBytes = 5 * 1024 * 1024;
    public static readonly TimeSpan DefaultHeartbeat = TimeSpan.FromSeconds(15);

    public static ServerSettings From(IConfiguration configuration)
    {
        var urls = NonEmpty(configuration["urls"]) ?? NonEmpty(configuration["STORY_URLS"]) ?? DefaultUrls;
        var heartbeat = NonEmpty(configuration["STORY_HEARTBEAT_SECONDS"]) is { } seconds
            ? TimeSpan.FromSeconds(PositiveNumber("STORY_HEARTBEAT_SECONDS", seconds))
            : DefaultHeartbeat;
        var maxBody = NonEmpty(configuration["STORY_MAX_BODY_BYTES"]) is { } bytes
            ? (long)PositiveNumber("STORY_MAX_BODY_BYTES", bytes)
            : DefaultMaxRequestBodyBytes;
        return new ServerSettings(StoreLocation.Resolve(configuration[StoreLocation.EnvironmentVariable]), urls, heartbeat, maxBody);
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static double PositiveNumber(string name, string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new InvalidOperationException($"{name} '{text}' is not a positive number.");
}
