using System.Globalization;

namespace Story.Extraction.Numbers;

/// <summary>What a number measures: a share of something (19%, one-fifth, by half) or a count (28-point, two sources).</summary>
public enum NumberKind
{
    Count,
    Share,
}

/// <summary>
/// A number found in a text, normalised: <see cref="Value"/> is comparable across spellings (a share is a fraction
/// of 1: "19%" = 0.19, "one-fifth" = 0.2), <see cref="Key"/> is its textual form ("19%", "20%", "28-point", "2").
/// <see cref="Unit"/> is the word it counts (point, source), when it has one.
/// </summary>
public sealed record NumberMention(int Start, int End, string Text, double Value, NumberKind Kind, string? Unit, bool IsApproximate)
{
    public string Key => Kind == NumberKind.Share
        ? (Value * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%"
        : Value.ToString("0.##", CultureInfo.InvariantCulture) + (Unit is null ? string.Empty : "-" + Unit);

    /// <summary>Whether two mentions state the same quantity: shares within a tolerance (wider when either is
    /// approximate: "nearly one-fifth" vs "19%"), counts equal (or within the tolerance, relatively, when approximate).</summary>
    public bool IsEquivalentTo(NumberMention other, NumberTolerance tolerance)
    {
        if (Kind != other.Kind)
        {
            return false;
        }

        var approximate = IsApproximate || other.IsApproximate;
        if (Kind == NumberKind.Share)
        {
            return Math.Abs(Value - other.Value) <= (approximate ? tolerance.ApproximateShare : tolerance.ExactShare) + 1e-9;
        }

        if (Unit is not null && other.Unit is not null && Unit != other.Unit)
        {
            return false;
        }

        var relative = Math.Abs(Value - other.Value) / Math.Max(Math.Abs(Value), Math.Abs(other.Value));
        return Value.Equals(other.Value) || (approximate && relative <= tolerance.ApproximateCountRelative);
    }

    /// <summary>Whether the two mentions measure the same thing (so that different values contradict each other).</summary>
    public bool MeasuresSameThingAs(NumberMention other) =>
        Kind == other.Kind && (Kind == NumberKind.Share || (Unit is not null && Unit == other.Unit));
}

/// <summary>How far apart two numbers may be and still be the same claim.</summary>
public sealed record NumberTolerance(double ExactShare = 0.005, double ApproximateShare = 0.03, double ApproximateCountRelative = 0.1)
{
    public static NumberTolerance Default { get; } = new();
}
