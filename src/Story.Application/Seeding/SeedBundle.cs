using System.Globalization;
using System.Text.Json.Nodes;
using Story.Application.Appending;

namespace Story.Application.Seeding;

/// <summary>The bundled seed story: the five reports of data/seeds, their manifest and the curated claims file.</summary>
public sealed class SeedBundle(string folder)
{
    public const string ClaimsFile = "claims.jsonl";

    public string Folder { get; } = folder;

    public Manifest Manifest { get; } = Manifest.Load(Path.Combine(folder, "manifest.json"));

    /// <summary>The seeds copied beside the program, else data/seeds in the checkout the program runs from.</summary>
    public static SeedBundle Locate()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "seeds");
        if (File.Exists(Path.Combine(beside, "manifest.json")))
        {
            return new SeedBundle(beside);
        }

        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "data", "seeds");
            if (File.Exists(Path.Combine(candidate, "manifest.json")))
            {
                return new SeedBundle(candidate);
            }
        }

        throw new FileNotFoundException($"The seed story was not found beside the program ({beside}) nor in data/seeds of the current checkout.");
    }

    public string ReadReportText(ManifestReport report) => File.ReadAllText(Path.Combine(Folder, report.File));

    /// <summary>The report-published facts, in publication order, then the curated claims in file order.</summary>
    public IReadOnlyList<FactInput> FactInputs()
    {
        var inputs = Manifest.Reports.OrderBy(r => r.PublishedAt).Select(ReportInput).ToList();
        var claimsPath = Path.Combine(Folder, ClaimsFile);
        inputs.AddRange(FactLines.Parse(File.ReadAllText(claimsPath)).Select(i => i with { Origin = $"{ClaimsFile} {i.Origin}" }));
        return inputs;
    }

    private FactInput ReportInput(ManifestReport report)
    {
        var text = ReadReportText(report);
        var body = new JsonObject
        {
            ["reportId"] = report.ReportId,
            ["storyId"] = Manifest.Story.Id,
            ["source"] = report.Source,
            ["title"] = report.Title ?? Headline(text),
            ["url"] = report.Url,
            ["publishedAt"] = report.PublishedAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["publishedAtIsEstimate"] = report.PublishedAtIsEstimate,
            ["text"] = text,
        };
        return new FactInput($"manifest.json {report.File}", "report-published", body, null);
    }

    /// <summary>A first line short enough and unpunctuated enough to be a headline.</summary>
    private static string? Headline(string text)
    {
        var first = text.Split('\n', 2)[0].Trim();
        return first.Length is > 0 and <= 120 && !first.EndsWith('.') ? first : null;
    }
}
