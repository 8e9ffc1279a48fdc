namespace Story.Store;

/// <summary>What the writer believes about a stream before appending, for optimistic concurrency.</summary>
public readonly record struct ExpectedVersion
{
    private ExpectedVersion(ExpectedVersionKind kind, long version)
    {
        Kind = kind;
        Version = version;
    }

    public ExpectedVersionKind Kind { get; }

    /// <summary>The exact version expected (the number of events in the stream) when <see cref="Kind"/> is Exact.</summary>
    public long Version { get; }

    /// <summary>Append whatever the stream holds.</summary>
    public static ExpectedVersion Any { get; } = new(ExpectedVersionKind.Any, -1);

    /// <summary>The stream must not exist yet.</summary>
    public static ExpectedVersion NoStream { get; } = new(ExpectedVersionKind.NoStream, 0);

    /// <summary>The stream must exist (hold at least one event).</summary>
    public static ExpectedVersion StreamExists { get; } = new(ExpectedVersionKind.StreamExists, -1);

    /// <summary>The stream must hold exactly <paramref name="version"/> events.</summary>
    public static ExpectedVersion Exact(long version)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(version);
        return version == 0 ? NoStream : new(ExpectedVersionKind.Exact, version);
    }

    /// <summary>Whether a stream currently at <paramref name="actualVersion"/> satisfies this expectation.</summary>
    public bool IsSatisfiedBy(long actualVersion) => Kind switch
    {
        ExpectedVersionKind.Any => true,
        ExpectedVersionKind.NoStream => actualVersion == 0,
        ExpectedVersionKind.StreamExists => actualVersion > 0,
        _ => actualVersion == Version,
    };

    /// <summary>Parses "any", "no-stream", "exists" or a number, as the CLI and HTTP API accept them.</summary>
    public static ExpectedVersion Parse(string text) => text.Trim().ToLowerInvariant() switch
    {
        "any" => Any,
        "no-stream" or "nostream" => NoStream,
        "exists" or "stream-exists" => StreamExists,
        var n when long.TryParse(n, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var v) => Exact(v),
        _ => throw new FormatException($"Expected version '{text}' is not 'any', 'no-stream', 'exists' or a non-negative number."),
    };

    public override string ToString() => Kind switch
    {
        ExpectedVersionKind.Any => "any",
        ExpectedVersionKind.NoStream => "no-stream",
        ExpectedVersionKind.StreamExists => "exists",
        _ => Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}

public enum ExpectedVersionKind
{
    Any,
    NoStream,
    StreamExists,
    Exact,
}
