using System.CommandLine;
using Story.Application.Querying;
using Story.Cli.Output;

namespace Story.Cli.Commands;

public static class StateCommand
{
    public static Command Create()
    {
        var moment = new MomentOptions();
        var command = new Command("state", "The story as it stood at a moment: every claim, its status, how many reports carry it and who was first.");
        moment.AddTo(command);
        command.SetAction((parse, ct) => CliRunner.RunAsync(parse, async mediator =>
        {
            var at = moment.Read(parse);
            await ReadModels.CatchUpAsync(mediator, at, ct);
            var view = await mediator.Send(new GetStoryState(at), ct);
            if (parse.GetValue(CommonOptions.Json))
            {
                JsonOutput.Write(view);
            }
            else
            {
                Tables.StoryState(view);
            }

            return ExitCodes.Ok;
        }, ct));
        return command;
    }
}
