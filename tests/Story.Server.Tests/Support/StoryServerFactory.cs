using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Story.Server.Tests.Support;

/// <summary>
/// The real server program over a real SQLite file in a temp folder. The store starts empty, so the server seeds it
/// with the bundled story at start-up, as it does for a user. <see cref="WebApplicationFactory{TEntryPoint}.UseKestrel()"/>
/// turns it into a server on a real loopback port (for the browser).
/// </summary>
public sealed class StoryServerFactory : WebApplicationFactory<Program>
{
    public const string WriteKey = "test-write-key-0123456789";

    private readonly TempFolder _folder = new();
    private readonly Dictionary<string, string?> _settings;

    public StoryServerFactory(params (string Key, string? Value)[] settings)
    {
        _settings = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["STORY_STORE"] = "sqlite:" + _folder.File("story.db"),
            ["STORY_API_KEYS"] = WriteKey,
            ["STORY_HEARTBEAT_SECONDS"] = "0.5",
        };
        foreach (var (key, value) in settings)
        {
            _settings[key] = value;
        }
    }

    public string StorePath => _folder.File("story.db");

    public HttpClient CreateWriter()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", WriteKey);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _folder.Dispose();
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _folder.Dispose();
        GC.SuppressFinalize(this);
    }
}
