using Story.Tests.Support;

namespace Story.Tests.Cli;

public sealed class FollowCliTests
{
    [Fact]
    public async Task Follow_InOneProcess_PrintsAFactAppendedByAnother()
    {
        using var folder = new TempFolder();
        Assert.Equal(0, (await StoryProcess.RunAsync(folder.Path, "seed")).ExitCode);
        using var follower = StoryProcess.Start(folder.Path, "follow");
        try
        {
            var ready = await follower.StandardError.ReadLineAsync();
            Assert.StartsWith("Following new facts", ready, StringComparison.Ordinal);

            // When another process appends a fact
            var line = $$$"""{"type":"claim-corroborated","claimId":"russia-holds-fifth","storyId":"{{{SeedFiles.StoryId}}}","reportId":"{{{SeedFiles.PreMeetingReport}}}","attribution":"the report","hedging":"asserted","quote":{"start":0,"end":3,"text":"The"}}""";
            await File.WriteAllTextAsync(folder.File("new.jsonl"), line);
            var append = await StoryProcess.RunAsync(folder.Path, "append", "new.jsonl");
            Assert.True(append.ExitCode == 0, append.ToString());

            // Then the follower prints it (generous timeout: this checks delivery, not speed)
            var printed = await follower.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(20));
            Assert.Contains("claim russia-holds-fifth corroborated by " + SeedFiles.PreMeetingReport, printed, StringComparison.Ordinal);
        }
        finally
        {
            follower.Kill(entireProcessTree: true);
        }
    }
}
