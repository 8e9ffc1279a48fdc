namespace Story.Server.Tests.Support;

/// <summary>A fresh folder for one test, deleted afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("story-server-test-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment after the host stops; the OS temp cleaner gets it.
        }
    }
}
