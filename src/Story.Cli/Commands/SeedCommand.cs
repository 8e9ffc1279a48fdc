using System.CommandLine;
using Story.Application.Seeding;
using Story.Cli.Output;

namespace Story.Cli.Commands;

public static class SeedCommand
{
    public static Command Create()
    {
        var folder = new Option<string?>("--folder") { Description = "A seed folder (manifest.json, report texts, claims.jsonl). Default: the bundled story." };
        var command = new Command("seed", "Load the bundled seed story (five reports on the U.S. peace framework for Ukraine). Running it twice appends nothing.") { folder };
        command.SetAction((parse, ct) => CliRunner.RunWritingAsync(parse, async mediator =>
        {
            var result = await mediator.Send(new SeedStory(parse.GetValue(folder)), ct);
            if (parse.GetValue(CommonOptions.Json))
            {
                JsonOutput.Write(result);
            }
            else
            {
                Console.WriteLine($"Seeded story '{result.StoryId}': {result.Reports} reports, {result.Facts} facts; {result.Appended} appended, {result.AlreadyStored} already stored. Stream version {result.StreamVersion}.");
            }

            return ExitCodes.Ok;
        }, ct));
        return command;
    }
}
