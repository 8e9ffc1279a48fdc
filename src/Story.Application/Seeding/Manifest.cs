using System.Text.Json;
using Story.Application.Validation;
using Story.Facts;

namespace Story.Application.Seeding;

/// <summary>The story and report list of a seed folder (the format of data/seeds/manifest.json).</summary>
public sealed record Manifest(ManifestStory Story, IReadOnlyList<ManifestReport> Reports, string? Notes = null)
{
    public static Manifest Load(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<Manifest>(File.ReadAllText(path), FactJson.Options)
                ?? throw new InvalidInputException(path, "empty manifest");
        }
        catch (JsonException ex)
        {
            throw new InvalidInputException($"{path}: {ex.Path?.TrimStart('$', '.')}", ex.Message);
        }
    }
}

public sealed record ManifestStory(string Id, string Title, IReadOnlyList<KeyMoment>? KeyMoments = null);

/// <summary>A moment worth comparing the story before and after, e.g. a meeting.</summary>
public sealed record KeyMoment(string Name, string? Description, DateTimeOffset Before, DateTimeOffset After);

public sealed record ManifestReport(string File, string Source, DateTimeOffset PublishedAt, bool PublishedAtIsEstimate, string? Why = null, string? Url = null, string? Title = null)
{
    /// <summary>The report id: the file name without its extension.</summary>
    public string ReportId => Path.GetFileNameWithoutExtension(File);
}
