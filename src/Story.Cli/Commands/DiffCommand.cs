using System.CommandLine;
using Story.Application.Querying;
using Story.Cli.Output;

namespace Story.Cli.Commands;

public static class DiffCommand
{
    public static Command Create()
    {
        var from = new Option<string>("--from") { Description = "The earlier moment (ISO-8601 with offset).", Required = true };
        var to = new Option<string>("--to") { Description = "The later moment (ISO-8601 with offset).", Required = true };
        var axis = MomentOptions.AxisOption();
        var command = new Command("diff", "What changed between two moments: claims added, newly corroborated, disputed, corrected, retracted.") { from, to, axis };
        command.SetAction((parse, ct) => CliRunner.RunAsync(parse, async mediator =>
        {
            var axisName = parse.GetValue(axis)!;
            var request = new GetStoryDiff(
                MomentOptions.Of(axisName, MomentOptions.ParseTime("--from", parse.GetValue(from)!)),
                MomentOptions.Of(axisName, MomentOptions.ParseTime("--to", parse.GetValue(to)!)));
            var view = await mediator.Send(request, ct);
            if (parse.GetValue(CommonOptions.Json))
            {
                JsonOutput.Write(view);
            }
            else
            {
                Tables.Diff(view);
            }

            return ExitCodes.Ok;
        }, ct));
        return command;
    }
}
