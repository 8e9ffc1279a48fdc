using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Spectre.Console;

namespace Story.Bench.Harness;

/// <summary>The results as a table on the console and as JSON under <c>bench/results/</c>.</summary>
public static class ResultsOutput
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static void WriteTable(BenchReport report, IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(console);
        var m = report.Machine;
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Story bench: {report.Facts:N0} facts, seed {report.Seed}, {report.StartedAt:yyyy-MM-dd HH:mm} UTC, {report.Duration.TotalMinutes:F1} min; {m.Cores} cores, {m.MemoryBytes / 1e9:F0} GB, {m.Cpu}; {m.Os}; {m.Runtime}; load average at the end {m.LoadAverage}"));
        foreach (var (engine, version) in report.EngineVersions)
        {
            console.WriteLine($"  {engine} {version}: {report.EngineSettings[engine]}");
        }

        var table = new Table().Border(TableBorder.Simple);
        foreach (var column in new[] { "Scenario", "Engine", "Measure", "Story", "Raw", "Story/raw", "Target", "Met" })
        {
            table.AddColumn(column);
        }

        foreach (var row in report.Rows)
        {
            table.AddRow(
                Markup.Escape(row.Scenario),
                Markup.Escape(row.Engine),
                Markup.Escape(row.Measure),
                Markup.Escape(Number(row.Value) + " " + row.Unit),
                row.Raw is { } raw ? Markup.Escape(Number(raw) + " " + row.Unit) : "",
                row.Ratio is { } ratio ? ratio.ToString("F2", CultureInfo.InvariantCulture) : "",
                Markup.Escape(row.Target ?? ""),
                row.Met switch { true => "[green]yes[/]", false => "[red]no[/]", null => "" });
        }

        console.Write(table);
        foreach (var row in report.Rows.Where(r => r.Note is not null))
        {
            console.WriteLine($"  {row.Engine} / {row.Measure.Trim()}: {row.Note}");
        }
    }

    /// <summary>Writes the report to <paramref name="folder"/>; returns the file's path.</summary>
    public static string WriteJson(BenchReport report, string folder)
    {
        ArgumentNullException.ThrowIfNull(report);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"bench-{report.StartedAt:yyyyMMdd-HHmmss}-{report.Facts}.json"));
        var rows = report.Rows.Select(r => new { r.Scenario, r.Engine, r.Measure, r.Value, r.Unit, r.Raw, r.Ratio, r.Target, r.Met, r.Note });
        File.WriteAllText(path, JsonSerializer.Serialize(new
        {
            report.StartedAt,
            DurationSeconds = report.Duration.TotalSeconds,
            report.Machine,
            report.Facts,
            report.Seed,
            report.EngineVersions,
            report.EngineSettings,
            Rows = rows,
        }, Json));
        return path;
    }

    /// <summary>The repository's <c>bench/results</c> when run inside it, else <c>bench-results</c> here.</summary>
    public static string DefaultFolder()
    {
        for (var folder = new DirectoryInfo(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Story.sln")))
            {
                return Path.Combine(folder.FullName, "bench", "results");
            }
        }

        return Path.Combine(Directory.GetCurrentDirectory(), "bench-results");
    }

    private static string Number(double value) =>
        value >= 100 ? value.ToString("N0", CultureInfo.InvariantCulture)
        : value >= 1 ? value.ToString("N1", CultureInfo.InvariantCulture)
        : value.ToString("N3", CultureInfo.InvariantCulture);
}
