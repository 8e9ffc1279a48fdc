using System.Diagnostics;
using System.Text;

namespace Story.Store.Tests.Postgres;

/// <summary>Runs a server tool to completion, as the postgres OS user when we are root (initdb and pg_ctl refuse root).</summary>
internal static class ProcessRunner
{
    public static bool MustSwitchUser => Environment.IsPrivilegedProcess;

    public static async Task<string> RunAsync(string program, IEnumerable<string> arguments, TimeSpan timeout, bool asPostgresUser = true)
    {
        var start = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asPostgresUser && MustSwitchUser)
        {
            start.FileName = "runuser";
            foreach (var a in new[] { "-u", "postgres", "--", program })
            {
                start.ArgumentList.Add(a);
            }
        }
        else
        {
            start.FileName = program;
        }

        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = new StringBuilder();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timer = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(timer.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', start.ArgumentList)} did not finish within {timeout}.");
        }

        output.Append(await stdout).Append(await stderr);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', start.ArgumentList)} failed with exit code {process.ExitCode}:\n{output}");
        }

        return output.ToString();
    }
}
