using System.CommandLine;
using Story.Application.Querying;
using Story.Cli.Output;

namespace Story.Cli.Commands;

public static class TimelineCommand
{
    public static Command Create()
    {
        var moment = new MomentOptions();
        var command = new Command("timeline", "Claims in the order the things they describe happened; undated claims listed apart.");
        moment.AddTo(command);
        command.SetAction((parse, ct) => CliRunner.RunAsync(parse, async mediator =>
        {
            var at = moment.Read(parse);
            await ReadModels.CatchUpAsync(mediator, at, ct);
            var view = await mediator.Send(new GetTimeline(at), ct);
            if (parse.GetValue(CommonOptions.Json))
            {
                JsonOutput.Write(view);
            }
            else
            {
                Tables.Timeline(view);
            }

            return ExitCodes.Ok;
        }, ct));
        return command;
    }
}
