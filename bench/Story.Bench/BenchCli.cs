using System.CommandLine;
using Spectre.Console;
using Story.Bench.Harness;
using Story.Bench.Scenarios;

namespace Story.Bench;

/// <summary>The <c>Story.Bench</c> command line.</summary>
public static class BenchCli
{
    public static RootCommand Build()
    {
        var scenario = new Argument<string>("scenario")
        {
            Description = "Which scenario to run: all, " + string.Join(", ", ScenarioNames.All) + ".",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => "all",
        };
        scenario.AcceptOnlyFromAmong(["all", .. ScenarioNames.All]);
        var facts = new Option<int>("--facts")
        {
            Description = "Facts in the synthetic story.",
            DefaultValueFactory = _ => 1_000_000,
        };
        var engine = new Option<string>("--engine")
        {
            Description = "sqlite, postgres or both. PostgreSQL is a throwaway cluster from /usr/lib/postgresql/*/bin unless "
                + BenchSettings.PostgresVariable + " names a server where a database may be created.",
            DefaultValueFactory = _ => "both",
        };
        engine.AcceptOnlyFromAmong(EngineNames.Sqlite, EngineNames.Postgres, "both");
        var seed = new Option<int>("--seed") { Description = "Seed of the story and of the random query times.", DefaultValueFactory = _ => 20251120 };
        var queries = new Option<int>("--queries") { Description = "Timed as-of queries of each kind.", DefaultValueFactory = _ => 500 };
        var output = new Option<string?>("--out") { Description = "Folder for the JSON results (default: bench/results in the repository)." };

        var root = new RootCommand("Story benchmarks: append, replay, as-of queries, subscription latency and replay memory, against the raw engine.")
        {
            scenario, facts, engine, seed, queries, output,
        };
        root.SetAction(async (parse, ct) =>
        {
            var chosen = parse.GetValue(engine) ?? "both";
            var settings = new BenchSettings
            {
                Facts = parse.GetValue(facts),
                Engines = chosen == "both" ? [EngineNames.Sqlite, EngineNames.Postgres] : [chosen],
                Scenarios = parse.GetValue(scenario) is "all" or null ? ScenarioNames.All : [parse.GetValue(scenario)!],
                Seed = parse.GetValue(seed),
                Queries = parse.GetValue(queries),
            };
            var report = await BenchRunner.RunAsync(settings, Console.Error, ct);
            ResultsOutput.WriteTable(report, TableConsole());
            var path = ResultsOutput.WriteJson(report, parse.GetValue(output) ?? ResultsOutput.DefaultFolder());
            Console.Error.WriteLine("Results written to " + path);
            return 0;
        });
        root.Subcommands.Add(MemoryProbeCommand());
        root.Subcommands.Add(FoldProfileCommand());
        return root;
    }

    // Redirected to a file the table keeps its full width and no colour codes.
    private static IAnsiConsole TableConsole()
    {
        if (!Console.IsOutputRedirected)
        {
            return AnsiConsole.Console;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { ColorSystem = ColorSystemSupport.NoColors, Out = new AnsiConsoleOutput(Console.Out) });
        console.Profile.Width = 200;
        return console;
    }

    private static Command FoldProfileCommand()
    {
        var facts = new Option<int>("--facts") { DefaultValueFactory = _ => 300_000 };
        var seed = new Option<int>("--seed") { DefaultValueFactory = _ => 20251120 };
        var command = new Command("fold-profile", "The story-state fold alone over generated facts, with time per fact type: a target for profilers.")
        {
            facts, seed,
        };
        command.SetAction(parse => FoldProfile.Run(parse.GetValue(facts), parse.GetValue(seed), Console.Out));
        return command;
    }

    private static Command MemoryProbeCommand()
    {
        var engine = new Option<string>("--engine") { Required = true };
        var location = new Option<string>("--location") { Required = true };
        var facts = new Option<int>("--facts") { Required = true };
        var mode = new Option<string>("--mode") { Required = true };
        mode.AcceptOnlyFromAmong(MemoryProbe.Stream, MemoryProbe.Fold);
        var command = new Command("memory-probe", "Internal: one replay in this process, printing its memory figures as JSON.")
        {
            engine, location, facts, mode,
        };
        command.Hidden = true;
        command.SetAction(async (parse, ct) =>
        {
            var figures = await MemoryProbe.RunAsync(parse.GetValue(engine)!, parse.GetValue(location)!, parse.GetValue(facts), parse.GetValue(mode)!, ct);
            Console.WriteLine(MemoryProbe.ToJson(figures));
            return 0;
        });
        return command;
    }
}
