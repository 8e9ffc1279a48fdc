using System.CommandLine;
using Story.Application.Following;
using Story.Cli.Output;

namespace Story.Cli.Commands;

public static class FollowCommand
{
    public static Command Create()
    {
        var from = new Option<long>("--from") { Description = "Resume after this log position (the last one you saw). Default: the current end, i.e. only new facts. 0 replays everything first.", DefaultValueFactory = _ => -1 };
        var entity = new Option<string?>("--entity") { Description = "Only facts about claims naming this entity (any spelling: Zelenskyy = Zelensky)." };
        var source = new Option<string?>("--source") { Description = "Only facts from this report id or source label." };
        var claim = new Option<string?>("--claim") { Description = "Only facts about this claim id." };
        var type = new Option<string?>("--type") { Description = "Only facts of this type, e.g. claim-corroborated." };
        var command = new Command("follow", "Print each new fact as it is appended, until Ctrl-C. Resumable with --from.") { from, entity, source, claim, type };
        command.SetAction((parse, ct) => CliRunner.RunAsync(parse, async mediator =>
        {
            var json = parse.GetValue(CommonOptions.Json);
            var after = parse.GetValue(from);
            var filter = new FactFilter(parse.GetValue(entity), parse.GetValue(source), parse.GetValue(claim), parse.GetValue(type));
            var facts = await mediator.Send(new FollowFacts(after, filter), ct);
            if (!json)
            {
                Console.Error.WriteLine(after < 0 ? "Following new facts (Ctrl-C to stop)..." : $"Following facts after position {after} (Ctrl-C to stop)...");
            }

            await foreach (var fact in facts.WithCancellation(ct))
            {
                if (json)
                {
                    JsonOutput.WriteLine(FactView.Of(fact));
                }
                else
                {
                    Console.WriteLine($"#{fact.Position} {Tables.Time(fact.RecordedAt)} {FactView.Summarize(fact.Fact)}");
                }

                Console.Out.Flush();
            }

            return ExitCodes.Ok;
        }, ct));
        return command;
    }
}
