using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using Story.Projections;

namespace Story.Cli;

/// <summary>--at, --axis and --position: which moment a query answers for.</summary>
public sealed partial class MomentOptions
{
    public Option<string?> At { get; } = new("--at")
    {
        Description = "A moment, ISO-8601 with a UTC offset (2025-11-20T10:00Z). Default: now, everything.",
    };

    public Option<string> Axis { get; } = AxisOption();

    public Option<long?> Position { get; } = new("--position")
    {
        Description = "A log position instead of a time: what the store held after that event (recorded axis).",
    };

    public static Option<string> AxisOption() => new Option<string>("--axis")
    {
        Description = "reported: what had been published by then (default). recorded: what the store held then.",
        DefaultValueFactory = _ => "reported",
    }.AcceptOnlyFromAmong("reported", "recorded");

    public void AddTo(Command command)
    {
        command.Options.Add(At);
        command.Options.Add(Axis);
        command.Options.Add(Position);
    }

    public Moment Read(ParseResult parse)
    {
        var position = parse.GetValue(Position);
        var at = parse.GetValue(At);
        if (position is not null && at is not null)
        {
            throw new ArgumentException("--at and --position name two moments; give one.");
        }

        if (position is { } p)
        {
            return p < 0 ? throw new ArgumentException("--position must be 0 or more.") : Moment.AtPosition(p);
        }

        return at is null ? Moment.Latest : Of(parse.GetValue(Axis)!, ParseTime("--at", at));
    }

    public static Moment Of(string axis, DateTimeOffset at) => axis == "recorded" ? Moment.Recorded(at) : Moment.Reported(at);

    public static DateTimeOffset ParseTime(string option, string text)
    {
        if (!WithOffset().IsMatch(text.Trim()) || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            throw new ArgumentException($"{option} '{text}' is not an ISO-8601 time with a UTC offset, e.g. 2025-11-20T10:00Z or 2025-11-20T12:00+02:00.");
        }

        return value.ToUniversalTime();
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:?\d{2})$", RegexOptions.IgnoreCase)]
    private static partial Regex WithOffset();
}
