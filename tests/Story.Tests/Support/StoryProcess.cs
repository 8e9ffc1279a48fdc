using System.Diagnostics;
using System.Text;

namespace Story.Tests.Support;

/// <summary>Runs the real `story` program (the built story.dll beside the tests) in a working folder, as a user would.</summary>
public sealed class StoryProcess
{
    /// <summary>
    /// story.dll in the CLI project's own output folder, run with its own dependencies and runtime config, exactly as
    /// `dotnet run --project src/Story.Cli` builds it. (The copy beside the tests is resolved against the test
    /// project's dependency set, which lacks what the CLI needs when a test project also references the web SDK.)
    /// </summary>
    public static string ProgramPath { get; } = Locate();

    private static string Locate()
    {
        // tests/<project>/bin/<Configuration>/<tfm>/ -> src/Story.Cli/bin/<Configuration>/<tfm>/story.dll
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = output.Name;
        var configuration = output.Parent!.Name;
        var root = output.Parent.Parent!.Parent!.Parent!.Parent!.FullName;
        var path = Path.Combine(root, "src", "Story.Cli", "bin", configuration, framework, "story.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"The story program was not built at {path}.", path);
    }

    public static async Task<CliResult> RunAsync(string workingDirectory, params string[] args)
    {
        using var process = Start(workingDirectory, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return new CliResult(process.ExitCode, await stdout, await stderr);
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

public sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"exit {ExitCode}\nstdout:\n{Stdout}\nstderr:\n{Stderr}";
}
