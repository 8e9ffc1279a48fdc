using System.Globalization;
using Story.Facts;

namespace Story.Projections;

/// <summary>
/// A point to replay a story to, on one of two axes. On the reported axis a late-recorded report still lands at its
/// publication time; on the recorded axis the story is what Story knew then, by clock or by log position.
/// A null <see cref="At"/> and <see cref="Position"/> means no bound.
/// </summary>
public sealed record Moment(TimeAxis Axis, DateTimeOffset? At, long? Position)
{
    /// <summary>Everything recorded so far.</summary>
    public static Moment Latest { get; } = new(TimeAxis.Recorded, null, null);

    /// <summary>Facts reported (published) at or before <paramref name="at"/>, whenever they were recorded.</summary>
    public static Moment Reported(DateTimeOffset at) => new(TimeAxis.Reported, at, null);

    /// <summary>Facts the store had recorded at or before <paramref name="at"/>.</summary>
    public static Moment Recorded(DateTimeOffset at) => new(TimeAxis.Recorded, at, null);

    /// <summary>Facts at log positions up to and including <paramref name="position"/>.</summary>
    public static Moment AtPosition(long position) => new(TimeAxis.Recorded, null, position);

    public bool IsLatest => At is null && Position is null;

    public bool Includes(RecordedFact fact) => Axis switch
    {
        TimeAxis.Reported => (At is null || fact.ReportedAt <= At.Value) && (Position is null || fact.Position <= Position.Value),
        TimeAxis.Recorded => (At is null || fact.RecordedAt <= At.Value) && (Position is null || fact.Position <= Position.Value),
        _ => throw new InvalidOperationException($"Unknown time axis {Axis}."),
    };

    public override string ToString()
    {
        if (IsLatest)
        {
            return "latest";
        }

        var axis = Axis == TimeAxis.Reported ? "reported" : "recorded";
        return (At, Position) switch
        {
            ({ } at, null) => $"{axis} {Format(at)}",
            (null, { } position) when Axis == TimeAxis.Recorded => $"position {position.ToString(CultureInfo.InvariantCulture)}",
            (null, { } position) => $"{axis} position {position.ToString(CultureInfo.InvariantCulture)}",
            ({ } at, { } position) => $"{axis} {Format(at)} position {position.ToString(CultureInfo.InvariantCulture)}",
            _ => "latest",
        };
    }

    // Whole seconds stay short ("2025-11-20T10:00:00Z"); sub-second moments keep their digits so they round-trip.
    private static string Format(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);
}
