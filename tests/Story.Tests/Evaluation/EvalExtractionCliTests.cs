using System.Text.Json;
using Story.Tests.Support;

namespace Story.Tests.Evaluation;

/// <summary>`story eval-extraction` runs on the bundled seeds without touching the user's store.</summary>
public sealed class EvalExtractionCliTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task EvalExtraction_OnTheSeeds_ScoresAgainstTheWholeAnswerKeyAndCreatesNoStore()
    {
        var result = await StoryProcess.RunAsync(_folder.Path, "eval-extraction", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var score = JsonDocument.Parse(result.Stdout).RootElement.GetProperty("score");
        var curated = score.GetProperty("curated");
        Assert.Equal(84, curated.GetProperty("claims").GetInt32());
        Assert.Equal(50, curated.GetProperty("corroborations").GetInt32());
        Assert.Equal(9, curated.GetProperty("disputes").GetInt32());
        Assert.Equal(84, score.GetProperty("claimRecall").GetProperty("total").GetInt32());
        foreach (var measure in new[] { "claimRecall", "linkPrecision", "linkRecall", "linkRecallAllPairs", "disputeRecall" })
        {
            var ratio = score.GetProperty(measure);
            Assert.InRange(ratio.GetProperty("hits").GetInt32(), 0, ratio.GetProperty("total").GetInt32());
        }

        Assert.False(File.Exists(_folder.File("story.db")));
    }
}
