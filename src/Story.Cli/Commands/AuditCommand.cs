using System.CommandLine;
using Story.Application.Querying;
using Story.Cli.Output;

namespace Story.Cli.Commands;

public static class AuditCommand
{
    public static Command Create()
    {
        var claim = new Argument<string>("CLAIM") { Description = "The claim id (see `story state`)." };
        var moment = new MomentOptions();
        var command = new Command("audit", "Every event that touched a claim: report, source, exact quote with offsets (checked against the report text), attribution, published and recorded times, position, hash.") { claim };
        moment.AddTo(command);
        command.SetAction((parse, ct) => CliRunner.RunAsync(parse, async mediator =>
        {
            var view = await mediator.Send(new GetClaimAudit(parse.GetValue(claim)!, moment.Read(parse)), ct);
            if (parse.GetValue(CommonOptions.Json))
            {
                JsonOutput.Write(view);
            }
            else
            {
                Tables.Audit(view);
            }

            return view.Entries.Any(e => e.QuoteMatchesReport == false) ? ExitCodes.Failed : ExitCodes.Ok;
        }, ct));
        return command;
    }
}
