using System.CommandLine;
using Story.Application.Querying;
using Story.Cli.Output;

namespace Story.Cli.Commands;

public static class SourcesCommand
{
    public static Command Create()
    {
        var moment = new MomentOptions();
        var command = new Command("sources", "What each report contributed: the claims it was first to report, corroborated, disputed.");
        moment.AddTo(command);
        command.SetAction((parse, ct) => CliRunner.RunAsync(parse, async mediator =>
        {
            var at = moment.Read(parse);
            await ReadModels.CatchUpAsync(mediator, at, ct);
            var view = await mediator.Send(new GetSources(at), ct);
            if (parse.GetValue(CommonOptions.Json))
            {
                JsonOutput.Write(view);
            }
            else
            {
                Tables.Sources(view);
            }

            return ExitCodes.Ok;
        }, ct));
        return command;
    }
}
