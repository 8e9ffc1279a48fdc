using System.Globalization;
using System.Text.RegularExpressions;
using Story.Application.Validation;
using Story.Projections;

namespace Story.Server.Story;

/// <summary>
/// Reads <c>at</c>, <c>axis</c> and <c>position</c> query parameters into a <see cref="Moment"/>. A time must carry its
/// UTC offset; a bad value is a 400 naming the parameter.
/// </summary>
public static partial class MomentQuery
{
    public static Moment Read(string? at, string? axis, string? position)
    {
        var timeAxis = Axis(axis);
        if (!string.IsNullOrWhiteSpace(position))
        {
            return !string.IsNullOrWhiteSpace(at)
                ? throw new InvalidInputException("position", "'at' and 'position' name two moments; give one")
                : Moment.AtPosition(Position("position", position));
        }

        return string.IsNullOrWhiteSpace(at) ? Moment.Latest : Of(timeAxis, Time("at", at));
    }

    /// <summary>One end of a diff: a time on the axis, or a log position (digits only) on the recorded axis.</summary>
    public static Moment ReadBound(string name, string? value, string? axis)
    {
        var timeAxis = Axis(axis);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidInputException(name, "missing; a time with a UTC offset (2025-11-20T10:00Z) or a log position");
        }

        return value.Trim().All(char.IsAsciiDigit) ? Moment.AtPosition(Position(name, value)) : Of(timeAxis, Time(name, value));
    }

    private static Moment Of(TimeAxis axis, DateTimeOffset at) => axis == TimeAxis.Recorded ? Moment.Recorded(at) : Moment.Reported(at);

    private static TimeAxis Axis(string? axis) => axis?.Trim().ToLowerInvariant() switch
    {
        null or "" or "reported" => TimeAxis.Reported,
        "recorded" => TimeAxis.Recorded,
        _ => throw new InvalidInputException("axis", $"'{axis}' is not 'reported' (what had been published) or 'recorded' (what the store held)"),
    };

    private static long Position(string name, string text) =>
        long.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new InvalidInputException(name, $"'{text}' is not a log position (a whole number, 0 or more)");

    private static DateTimeOffset Time(string name, string text)
    {
        // An unescaped '+' in a query string arrives as a space: "10:00 02:00" was meant as "10:00+02:00".
        var value = text.Trim().Replace(' ', '+');
        if (!WithOffset().IsMatch(value) || !DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            throw new InvalidInputException(name, $"'{text}' is not an ISO-8601 time with a UTC offset, e.g. 2025-11-20T10:00Z or 2025-11-20T12:00+02:00");
        }

        return time.ToUniversalTime();
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:?\d{2})$", RegexOptions.IgnoreCase)]
    private static partial Regex WithOffset();
}
