using System.CommandLine;
using Story.Application.Evaluation;
using Story.Application.Seeding;
using Story.Cli.Output;

namespace Story.Cli.Commands;

public static class EvalExtractionCommand
{
    public static Command Create()
    {
        var folder = new Option<string?>("--folder") { Description = "A seed folder (manifest.json, report texts, claims.jsonl as the answer key). Default: the bundled story." };
        var details = new Option<bool>("--details") { Description = "Also list the missed claims, missed and wrong links, missed and wrong disputes." };
        var command = new Command("eval-extraction", "Ingest the seed reports raw, in publication order, into an empty temporary store and score the result against the curated claims: claim recall, link precision and recall, dispute recall. Touches no store of yours.")
        {
            folder, details,
        };
        command.SetAction((parse, ct) => CliRunner.RunWithoutStoreAsync(async () =>
        {
            var bundle = parse.GetValue(folder) is { } f ? new SeedBundle(f) : SeedBundle.Locate();
            var result = await ExtractionEvaluation.RunAsync(bundle, ct);
            if (parse.GetValue(CommonOptions.Json))
            {
                JsonOutput.Write(result);
            }
            else
            {
                Tables.Evaluation(result, parse.GetValue(details));
            }

            return ExitCodes.Ok;
        }, ct));
        return command;
    }
}
