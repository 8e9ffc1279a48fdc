using Story.Server.Access;

namespace Story.Server.Hosting;

/// <summary>
/// What a person starting the server needs to see: where it listens, which store it uses, and (once, only when none
/// was configured) the write key generated for this run. Written to the console, not to the log, so the key is never
/// kept by a log sink.
/// </summary>
public sealed class StartupBanner(ServerSettings settings, AccessPolicy access)
{
    public void Print(ICollection<string> urls)
    {
        ArgumentNullException.ThrowIfNull(urls);
        if (urls.Count == 0)
        {
            return; // an in-memory test host listens nowhere
        }

        var output = Console.Out;
        output.WriteLine($"Story server: {string.Join(", ", urls)}  (store {settings.Store})");
        output.WriteLine($"  page {urls.First()}/   API {urls.First()}/api/story   OpenAPI {urls.First()}/openapi/v1.json   (Ctrl+C stops)");
        if (access.GeneratedKey is { } key)
        {
            output.WriteLine($"  {AccessPolicy.WriteKeysVariable} is not set, so writes use this key, generated for this run only:");
            output.WriteLine($"    {PresentedKey.HeaderName}: {key}");
        }
        else if (access.WriteKeys.IsEmpty)
        {
            output.WriteLine($"  {AccessPolicy.WriteKeysVariable} is empty: writes are refused (read-only server).");
        }

        if (!access.ReadsAreOpen)
        {
            output.WriteLine($"  Reads need a key ({AccessPolicy.ReadKeysVariable} is set).");
        }

        output.Flush();
    }
}
