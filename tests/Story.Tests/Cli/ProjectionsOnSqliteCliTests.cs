using System.Text.Json;
using Story.Tests.Support;

namespace Story.Tests.Cli;

/// <summary>On SQLite every query folds the log: `story projections` and `story rebuild` say so, and succeed.</summary>
public sealed class ProjectionsOnSqliteCliTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Theory]
    [InlineData("projections")]
    [InlineData("rebuild")]
    [InlineData("rebuild", "story-state")]
    public async Task Command_OnSqlite_SaysProjectionsAreComputedOnReadAndSucceeds(params string[] command)
    {
        // Given a seeded SQLite store
        Assert.Equal(0, (await StoryProcess.RunAsync(_folder.Path, "seed")).ExitCode);

        // When the command runs on it
        var run = await StoryProcess.RunAsync(_folder.Path, command);

        // Then it says plainly why there is nothing to list or rebuild, and exits 0
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Projections are computed on read on this store (SQLite ", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("no projection daemon", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Projections_OnSqliteAsJson_HasNoDaemonAndAMessage()
    {
        Assert.Equal(0, (await StoryProcess.RunAsync(_folder.Path, "seed")).ExitCode);

        var run = await StoryProcess.RunAsync(_folder.Path, "projections", "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        var view = JsonDocument.Parse(run.Stdout).RootElement;
        Assert.False(view.GetProperty("daemon").GetBoolean());
        Assert.Empty(view.GetProperty("projections").EnumerateArray());
        Assert.Contains("computed on read", view.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
