using Spectre.Console;
using Story.Cli;

// Output piped to a file or another program has no terminal to measure: honour COLUMNS (as shells export it) and
// NO_COLOR (no escape codes at all, see no-color.org) so that tables stay readable there.
if (int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), out var columns) && columns > 0)
{
    AnsiConsole.Profile.Width = columns;
}

if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")))
{
    AnsiConsole.Profile.Capabilities.Ansi = false;
}

return await StoryCli.Build().Parse(args).InvokeAsync();
