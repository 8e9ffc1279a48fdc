using System.CommandLine;
using Story.Application.Appending;
using Story.Cli.Output;
using Story.Store;

namespace Story.Cli.Commands;

public static class AppendCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "Facts, one JSON object per line (JSONL); '-' reads standard input." };
        var expected = new Option<string?>("--expected-version") { Description = "The story stream's expected version: any, no-stream, exists or a number. Default: the version the batch was checked against." };
        var actor = new Option<string?>("--actor") { Description = "Who is appending (kept in each event's metadata). Default: the user name." };
        var command = new Command("append", "Append curated facts (JSONL) to a story, all or nothing. Every quote is checked against its report's text.") { file, expected, actor };
        command.SetAction((parse, ct) => CliRunner.RunWritingAsync(parse, async mediator =>
        {
            var path = parse.GetValue(file)!;
            var content = path.Name == "-" ? await Console.In.ReadToEndAsync(ct) : await File.ReadAllTextAsync(path.FullName, ct);
            var inputs = FactLines.Parse(content);
            var expectedVersion = parse.GetValue(expected) is { } e ? ExpectedVersion.Parse(e) : (ExpectedVersion?)null;
            var metadata = new EventMetadata(CorrelationId: Guid.NewGuid().ToString("D"), Actor: parse.GetValue(actor) ?? Environment.UserName);
            var result = await mediator.Send(new AppendFacts(inputs, expectedVersion, metadata), ct);
            if (parse.GetValue(CommonOptions.Json))
            {
                JsonOutput.Write(result);
            }
            else
            {
                var range = result.Positions.Count > 0 ? $" at positions {result.Positions.Min()}..{result.Positions.Max()}" : string.Empty;
                Console.WriteLine($"Appended {result.Appended} fact(s) to '{result.StoryId}'{range}; {result.AlreadyStored} already stored. Stream version {result.StreamVersion}.");
            }

            return ExitCodes.Ok;
        }, ct));
        return command;
    }
}
