using System.Diagnostics;
using System.Text;

namespace Story.Store.Tests.Postgres.Cli;

/// <summary>Runs the real `story` program (story.dll, copied beside the tests) in a working folder, as a user would.</summary>
internal static class StoryProgram
{
    private static string ProgramPath { get; } = Path.Combine(AppContext.BaseDirectory, "story.dll");

    public static async Task<ProgramRun> RunAsync(string workingDirectory, params string[] args)
    {
        using var process = Start(workingDirectory, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return new ProgramRun(process.ExitCode, await stdout, await stderr);
    }

    public static Process Start(string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        info.ArgumentList.Add(ProgramPath);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment.Remove("STORY_STORE");
        info.Environment["NO_COLOR"] = "1";
        info.Environment["COLUMNS"] = "200";
        return Process.Start(info) ?? throw new InvalidOperationException("could not start dotnet");
    }
}

internal sealed record ProgramRun(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"exit {ExitCode}\nstdout:\n{Stdout}\nstderr:\n{Stderr}";
}

/// <summary>A fresh folder for one test class, deleted afterwards.</summary>
internal sealed class WorkFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("story-pg-cli-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A child process may still hold a file for a moment; the OS temp cleaner gets it.
        }
    }
}
