using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Story.Application.Projections;
using Story.Cli.Output;

namespace Story.Cli.Commands;

public static class ProjectionsCommand
{
    public static Command Create()
    {
        var command = new Command(
            "projections",
            "Each read model the projection daemon keeps (PostgreSQL): its checkpoint, how far it lags the log, and whether it runs or stopped on an event (which, and why).");
        command.SetAction((parse, ct) => CliRunner.RunAsync(parse, async mediator =>
        {
            var view = await mediator.Send(new ListProjections(), ct);
            if (parse.GetValue(CommonOptions.Json))
            {
                JsonOutput.Write(view);
            }
            else if (!view.Daemon)
            {
                Console.WriteLine(view.Message);
            }
            else
            {
                Write(view.Projections);
            }

            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    private static void Write(IReadOnlyList<ProjectionStatusView> projections)
    {
        var table = new Table().Expand();
        table.AddColumn("projection");
        table.AddColumn(new TableColumn("position").RightAligned());
        table.AddColumn(new TableColumn("head").RightAligned());
        table.AddColumn(new TableColumn("lag").RightAligned());
        table.AddColumn("status");
        foreach (var p in projections)
        {
            var status = p.ErrorPosition is { } at
                ? $"{p.Status} at position {at.ToString(CultureInfo.InvariantCulture)}: {p.Error}"
                : p.Status;
            table.AddRow(
                Markup.Escape(p.Name),
                p.Position.ToString("N0", CultureInfo.InvariantCulture),
                p.Head.ToString("N0", CultureInfo.InvariantCulture),
                p.Lag.ToString("N0", CultureInfo.InvariantCulture),
                Markup.Escape(status));
        }

        AnsiConsole.Write(table);
    }
}
