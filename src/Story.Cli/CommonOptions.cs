using System.CommandLine;
using Story.Application.Stores;

namespace Story.Cli;

/// <summary>Options every command understands.</summary>
public static class CommonOptions
{
    public static Option<string?> Store { get; } = new("--store")
    {
        Description = $"Where the facts live: sqlite:PATH (default sqlite:story.db), postgres:CONNECTION-STRING or kurrentdb://user:pass@host:2113?tls=false. Overrides {StoreLocation.EnvironmentVariable}.",
        Recursive = true,
    };

    public static Option<bool> Json { get; } = new("--json")
    {
        Description = "Print JSON (the shapes documented in the README) instead of tables.",
        Recursive = true,
    };
}
