using System.CommandLine;
using Story.Cli.Commands;

namespace Story.Cli;

/// <summary>The <c>story</c> command line.</summary>
public static class StoryCli
{
    public static RootCommand Build()
    {
        var root = new RootCommand("Story: every reported fact as an immutable event. Replay a story to any moment, follow new facts, audit every claim.")
        {
            CommonOptions.Store,
            CommonOptions.Json,
        };
        root.Subcommands.Add(SeedCommand.Create());
        root.Subcommands.Add(AppendCommand.Create());
        root.Subcommands.Add(IngestCommand.Create());
        root.Subcommands.Add(EvalExtractionCommand.Create());
        root.Subcommands.Add(StateCommand.Create());
        root.Subcommands.Add(DiffCommand.Create());
        root.Subcommands.Add(TimelineCommand.Create());
        root.Subcommands.Add(AuditCommand.Create());
        root.Subcommands.Add(SourcesCommand.Create());
        root.Subcommands.Add(FollowCommand.Create());
        root.Subcommands.Add(VerifyCommand.Create());
        root.Subcommands.Add(ProjectionsCommand.Create());
        root.Subcommands.Add(RebuildCommand.Create());
        return root;
    }
}
