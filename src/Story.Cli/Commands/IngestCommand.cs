using System.Globalization;
using System.CommandLine;
using Story.Application.Ingesting;
using Story.Application.Seeding;
using Story.Application.Validation;
using Story.Cli.Output;

namespace Story.Cli.Commands;

public static class IngestCommand
{
    private static readonly ReportFieldNames CliFields = new("text", "--source", "--published", "--title", "--url");

    public static Command Create()
    {
        var files = new Argument<FileInfo[]>("FILE") { Description = "Report texts (UTF-8), ingested in the order given.", Arity = ArgumentArity.ZeroOrMore };
        var source = new Option<string?>("--source") { Description = "Where the report comes from: an outlet, or what the text shows of itself." };
        var published = new Option<string?>("--published") { Description = "When it was published, ISO-8601 with a UTC offset (2025-11-22T09:00Z)." };
        var estimate = new Option<bool>("--published-is-estimate") { Description = "The publication time is read from the text, not known." };
        var url = new Option<string?>("--url") { Description = "Where it was published." };
        var title = new Option<string?>("--title") { Description = "Its headline." };
        var story = new Option<string?>("--story") { Description = "The story to add it to. Default: the one story the store holds (with --manifest: the manifest's story)." };
        var manifest = new Option<FileInfo?>("--manifest") { Description = "A manifest (the format of data/seeds/manifest.json): its reports are ingested in publication order, with their source and times." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the decisions (new claim, corroboration, dispute and why) and append nothing." };
        var actor = new Option<string?>("--actor") { Description = "Who is ingesting (kept in each event's metadata). Default: the user name." };
        var command = new Command("ingest", "Read raw reports: append each report, then the claims it makes, each linked to the story's known claims (new, corroborated or disputed) with the evidence for the link. The same text twice appends nothing.")
        {
            files, source, published, estimate, url, title, story, manifest, dryRun, actor,
        };

        command.SetAction((parse, ct) => CliRunner.RunAsync(
            parse,
            createStore: !parse.GetValue(dryRun),
            async () =>
            {
                var manifestFile = parse.GetValue(manifest);
                var paths = parse.GetValue(files) ?? [];
                if (manifestFile is not null)
                {
                    if (paths.Length > 0)
                    {
                        throw new InvalidInputException("FILE", "give report files or --manifest, not both");
                    }

                    return await FromManifestAsync(manifestFile, parse.GetValue(story), ct);
                }

                if (paths.Length == 0)
                {
                    throw new InvalidInputException("FILE", "no report given; name one or more text files, or --manifest");
                }

                var reports = new List<IngestReport>();
                foreach (var path in paths)
                {
                    var text = await ReportText.ReadFileAsync(path.FullName, $"{path.Name}: text", ct);
                    var input = new RawReportInput(text, parse.GetValue(source), parse.GetValue(published), parse.GetValue(estimate), parse.GetValue(title), parse.GetValue(url));
                    reports.Add(new IngestReport(input.ToRawReport(CliFields), parse.GetValue(story), false, path.Name));
                }

                return Checked(reports);
            },
            async (mediator, reports) =>
            {
                var results = new List<IngestReportResult>();
                foreach (var report in reports)
                {
                    var result = await mediator.Send(report with { DryRun = parse.GetValue(dryRun), Actor = parse.GetValue(actor) ?? Environment.UserName }, ct);
                    results.Add(result);
                    if (!parse.GetValue(CommonOptions.Json))
                    {
                        Tables.Ingest(report.Origin, result);
                    }
                }

                if (parse.GetValue(CommonOptions.Json))
                {
                    if (results.Count == 1 && parse.GetValue(manifest) is null)
                    {
                        JsonOutput.Write(results[0]);
                    }
                    else
                    {
                        JsonOutput.Write(results);
                    }
                }

                return ExitCodes.Ok;
            },
            ct));
        return command;
    }

    private static async Task<List<IngestReport>> FromManifestAsync(FileInfo file, string? storyOverride, CancellationToken ct)
    {
        if (!file.Exists)
        {
            throw new FileNotFoundException($"{file.FullName}: no such manifest.", file.FullName);
        }

        var manifest = Manifest.Load(file.FullName);
        var folder = file.DirectoryName ?? ".";
        var reports = new List<IngestReport>();
        foreach (var entry in manifest.Reports.OrderBy(r => r.PublishedAt))
        {
            var text = await ReportText.ReadFileAsync(Path.Combine(folder, entry.File), $"{entry.File}: text", ct);
            var publishedAt = entry.PublishedAt.ToString("O", CultureInfo.InvariantCulture);
            var input = new RawReportInput(text, entry.Source, publishedAt, entry.PublishedAtIsEstimate, entry.Title, entry.Url);
            var report = input.ToRawReport(new ReportFieldNames("text", $"{entry.File}: source", $"{entry.File}: publishedAt", $"{entry.File}: title", $"{entry.File}: url"));
            reports.Add(new IngestReport(report, storyOverride ?? manifest.Story.Id, false, entry.File));
        }

        return Checked(reports);
    }

    // Every report is checked before any is ingested: a bad third file must not leave the first two appended.
    private static List<IngestReport> Checked(List<IngestReport> reports)
    {
        var validator = new IngestReportValidator();
        var errors = reports.SelectMany(validator.Validate).ToList();
        return errors.Count > 0 ? throw new InvalidInputException(errors) : reports;
    }
}
