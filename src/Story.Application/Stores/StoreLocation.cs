using System.Text.RegularExpressions;

namespace Story.Application.Stores;

/// <summary>
/// Where the facts live: <c>sqlite:PATH</c> (the default, <c>sqlite:story.db</c>), <c>postgres:CONNECTION-STRING</c>
/// or <c>kurrentdb://user:pass@host:2113?tls=false</c>.
/// </summary>
public sealed partial record StoreLocation(StoreEngine Engine, string Target)
{
    public const string EnvironmentVariable = "STORY_STORE";

    public static StoreLocation Default { get; } = new(StoreEngine.Sqlite, "story.db");

    /// <summary>The explicit option, else <c>STORY_STORE</c>, else the default.</summary>
    public static StoreLocation Resolve(string? option) =>
        !string.IsNullOrWhiteSpace(option) ? Parse(option)
        : Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment ? Parse(fromEnvironment)
        : Default;

    public static StoreLocation Parse(string value)
    {
        var text = value.Trim();
        if (text.StartsWith("sqlite:", StringComparison.OrdinalIgnoreCase))
        {
            var path = text["sqlite:".Length..];
            return path.Length == 0
                ? throw new StoreLocationException("--store 'sqlite:' needs a file path, e.g. sqlite:story.db.")
                : new(StoreEngine.Sqlite, path);
        }

        foreach (var prefix in new[] { "postgres:", "postgresql:" })
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                var connectionString = text[prefix.Length..];
                return connectionString.Length == 0
                    ? throw new StoreLocationException("--store 'postgres:' needs a connection string, e.g. postgres:Host=localhost;Database=story;Username=story;Password=...")
                    : new(StoreEngine.Postgres, connectionString);
            }
        }

        if (text.StartsWith("kurrentdb://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("esdb://", StringComparison.OrdinalIgnoreCase))
        {
            return new(StoreEngine.KurrentDb, text);
        }

        var scheme = SchemePattern().Match(text) is { Success: true } m ? m.Groups[1].Value : text;
        throw new StoreLocationException(
            $"Unknown store '{scheme}'. Use sqlite:PATH (default sqlite:story.db), postgres:CONNECTION-STRING or kurrentdb://user:pass@host:2113?tls=false.");
    }

    /// <summary>Shown to users: never contains a password.</summary>
    public override string ToString() => Engine switch
    {
        StoreEngine.Sqlite => $"sqlite:{Target}",
        StoreEngine.Postgres => "postgres:" + PasswordPattern().Replace(Target, "${key}=***"),
        _ => KurrentPasswordPattern().Replace(Target, "${user}:***@"),
    };

    [GeneratedRegex(@"^([A-Za-z][A-Za-z0-9+.\-]*):")]
    private static partial Regex SchemePattern();

    [GeneratedRegex(@"(?<key>password|pwd)\s*=\s*[^;]*", RegexOptions.IgnoreCase)]
    private static partial Regex PasswordPattern();

    [GeneratedRegex(@"(?<user>//[^:/@]+):[^@]*@")]
    private static partial Regex KurrentPasswordPattern();
}
