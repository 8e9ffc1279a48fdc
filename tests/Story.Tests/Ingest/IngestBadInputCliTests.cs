using System.Text;
using System.Text.Json;
using Story.Tests.Support;

namespace Story.Tests.Ingest;

/// <summary>Input that is not an English news report with a publication time: exit 2, the field named, the store unchanged.</summary>
public sealed class IngestBadInputCliTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private long _headBefore;

    public async Task InitializeAsync()
    {
        var first = _folder.File("first.txt");
        await File.WriteAllTextAsync(first, RailStrikeReports.First);
        var seeded = await StoryProcess.RunAsync(_folder.Path, "ingest", first, "--source", "Wire A", "--published", "2025-03-10T18:00Z", "--story", RailStrikeReports.StoryId);
        Assert.True(seeded.ExitCode == 0, seeded.ToString());
        _headBefore = await HeadAsync();
    }

    public Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }

    private async Task<long> HeadAsync()
    {
        var result = await StoryProcess.RunAsync(_folder.Path, "verify", "--json");
        return JsonDocument.Parse(result.Stdout).RootElement.GetProperty("checked").GetInt64();
    }

    private async Task AssertRejectedAsync(CliResult result, params string[] mentions)
    {
        Assert.True(result.ExitCode == 2, result.ToString());
        foreach (var mention in mentions)
        {
            Assert.Contains(mention, result.Stderr, StringComparison.Ordinal);
        }

        Assert.Equal(_headBefore, await HeadAsync());
    }

    private Task<CliResult> IngestAsync(string file, params string[] options) =>
        StoryProcess.RunAsync(_folder.Path, ["ingest", file, "--source", "Wire B", .. options]);

    [Fact]
    public async Task Ingest_EmptyFile_NamesTheTextField()
    {
        var path = _folder.File("empty.txt");
        await File.WriteAllTextAsync(path, "  \n");
        await AssertRejectedAsync(await IngestAsync(path, "--published", "2025-03-11T08:00Z"), "empty.txt: text", "empty");
    }

    [Fact]
    public async Task Ingest_BinaryFile_NamesTheTextField()
    {
        var path = _folder.File("photo.jpg");
        await File.WriteAllBytesAsync(path, [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0xC3, 0x28]);
        await AssertRejectedAsync(await IngestAsync(path, "--published", "2025-03-11T08:00Z"), "photo.jpg: text", "binary");
    }

    [Fact]
    public async Task Ingest_FileOverOneMegabyte_NamesTheTextFieldAndTheLimit()
    {
        var path = _folder.File("huge.txt");
        var sentence = "The council met on Monday and agreed to review the budget in the spring. ";
        await File.WriteAllTextAsync(path, new StringBuilder().Insert(0, sentence, (1024 * 1024 / sentence.Length) + 10).ToString());
        await AssertRejectedAsync(await IngestAsync(path, "--published", "2025-03-11T08:00Z"), "huge.txt: text", "1024 KB");
    }

    [Fact]
    public async Task Ingest_GermanText_NamesTheTextFieldAndSaysItIsNotEnglish()
    {
        var path = _folder.File("bericht.txt");
        await File.WriteAllTextAsync(path, RailStrikeReports.German);
        await AssertRejectedAsync(await IngestAsync(path, "--published", "2025-03-11T08:00Z"), "bericht.txt: text", "English");
    }

    [Fact]
    public async Task Ingest_WithoutPublished_NamesThePublishedOption()
    {
        var path = _folder.File("second.txt");
        await File.WriteAllTextAsync(path, RailStrikeReports.Second);
        await AssertRejectedAsync(await IngestAsync(path), "--published", "missing");
    }

    [Fact]
    public async Task Ingest_PublishedWithoutUtcOffset_NamesThePublishedOption()
    {
        var path = _folder.File("second.txt");
        await File.WriteAllTextAsync(path, RailStrikeReports.Second);
        await AssertRejectedAsync(await IngestAsync(path, "--published", "2025-03-11T08:00"), "--published", "UTC offset");
    }

    [Fact]
    public async Task Ingest_BadInputIntoAMissingStore_DoesNotCreateTheStore()
    {
        using var empty = new TempFolder();
        var path = empty.File("empty.txt");
        await File.WriteAllTextAsync(path, string.Empty);

        var result = await StoryProcess.RunAsync(empty.Path, "ingest", path, "--source", "Wire", "--published", "2025-03-11T08:00Z", "--story", "s");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.False(File.Exists(empty.File("story.db")));
    }
}
