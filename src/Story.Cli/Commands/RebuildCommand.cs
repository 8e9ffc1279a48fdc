using System.CommandLine;
using System.Globalization;
using MediatR;
using Spectre.Console;
using Story.Application.Projections;
using Story.Cli.Output;

namespace Story.Cli.Commands;

public static class RebuildCommand
{
    public static Command Create()
    {
        var projection = new Argument<string?>("projection")
        {
            Description = "The projection to rebuild, e.g. story-state or claim-audit. Default: every one.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command(
            "rebuild",
            "Empty a read model (PostgreSQL) and replay the log into it from position 0, showing progress; then check it equals a fold of the log.")
        {
            projection,
        };
        command.SetAction((parse, ct) => CliRunner.RunAsync(parse, async mediator =>
        {
            var json = parse.GetValue(CommonOptions.Json);
            var name = parse.GetValue(projection);
            var view = json || Console.IsErrorRedirected
                ? await mediator.Send(new RebuildProjection(name, new ProgressLines()), ct)
                : await WithProgressBarAsync(mediator, name, ct);
            if (json)
            {
                JsonOutput.Write(view);
                return view.Projections.All(p => p.Succeeded) ? ExitCodes.Ok : ExitCodes.Failed;
            }

            if (!view.Daemon)
            {
                Console.WriteLine(view.Message);
                return ExitCodes.Ok;
            }

            foreach (var rebuilt in view.Projections)
            {
                Console.WriteLine(Describe(rebuilt));
            }

            return view.Projections.All(p => p.Succeeded) ? ExitCodes.Ok : ExitCodes.Failed;
        }, ct));
        return command;
    }

    private static string Describe(RebuiltProjection p)
    {
        var at = p.Position.ToString(CultureInfo.InvariantCulture);
        var rows = p.Rows.ToString(CultureInfo.InvariantCulture);
        if (p.Status == "stopped")
        {
            return $"{p.Name}: STOPPED on the event at position {p.ErrorPosition?.ToString(CultureInfo.InvariantCulture)}: {p.Error}. "
                + $"Rebuilt up to position {at} ({rows} rows); fix the projection or the event and rebuild again.";
        }

        return p.MatchesLog
            ? $"{p.Name}: rebuilt from position 0 to {at} ({rows} rows); equal to the live state folded from the log up to {at}."
            : $"{p.Name}: rebuilt from position 0 to {at} ({rows} rows), but it DIFFERS from the state folded from the log up to {at}.";
    }

    private static async Task<RebuildView> WithProgressBarAsync(IMediator mediator, string? name, CancellationToken cancellationToken)
    {
        var stderr = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return await stderr.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var bars = new Dictionary<string, ProgressTask>(StringComparer.Ordinal);
                var progress = new ProgressRelay(p =>
                {
                    if (!bars.TryGetValue(p.Name, out var bar))
                    {
                        bar = context.AddTask(Markup.Escape(p.Name));
                        bars[p.Name] = bar;
                    }

                    bar.MaxValue = Math.Max(1, p.Total);
                    bar.Value = p.Done;
                });
                return await mediator.Send(new RebuildProjection(name, progress), cancellationToken);
            });
    }

    /// <summary>Without a terminal: a plain "rebuilt N/M" line on stderr at every tenth of the way and at the end.</summary>
    private sealed class ProgressLines : IProgress<RebuildProgress>
    {
        private readonly Dictionary<string, long> _lastTenth = new(StringComparer.Ordinal);

        public void Report(RebuildProgress value)
        {
            var tenth = value.Total == 0 ? 10 : value.Done * 10 / value.Total;
            if (_lastTenth.TryGetValue(value.Name, out var last) && last == tenth)
            {
                return;
            }

            _lastTenth[value.Name] = tenth;
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{value.Name}: rebuilt {value.Done}/{value.Total}"));
        }
    }

    private sealed class ProgressRelay(Action<RebuildProgress> report) : IProgress<RebuildProgress>
    {
        public void Report(RebuildProgress value) => report(value);
    }
}
