using System.CommandLine;
using Story.Application.Audit;
using Story.Cli.Output;

namespace Story.Cli.Commands;

public static class VerifyCommand
{
    public static Command Create()
    {
        var command = new Command("verify", "Recompute the hash chain over the whole log; exits 1 naming the first position that was changed, removed or reordered.");
        command.SetAction((parse, ct) => CliRunner.RunAsync(parse, async mediator =>
        {
            var json = parse.GetValue(CommonOptions.Json);
            var progress = json || Console.IsErrorRedirected ? null : new Progress<long>(n => Console.Error.Write($"\rverified {n:N0} events"));
            var result = await mediator.Send(new VerifyChain(progress), ct);
            if (progress is not null)
            {
                Console.Error.WriteLine();
            }

            if (json)
            {
                JsonOutput.Write(result);
            }
            else if (result.IsIntact)
            {
                Console.WriteLine($"Hash chain intact: {result.Checked} events, head hash {result.HeadHash}.");
            }
            else
            {
                Console.WriteLine($"Hash chain BROKEN at position {result.FirstBadPosition}: {result.Problem}. {result.Checked} events before it verified.");
            }

            return result.IsIntact ? ExitCodes.Ok : ExitCodes.Failed;
        }, ct));
        return command;
    }
}
