using Story.Facts;

namespace Story.Extraction.Dates;

/// <summary>A date expression found in a text, resolved against the publication time.</summary>
public sealed record DateMention(int Start, int End, string Text, OccurredAt OccurredAt, DateMentionKind Kind);

/// <summary>What kind of expression a date came from; explicit dates outrank relative ones.</summary>
public enum DateMentionKind
{
    Explicit,
    Weekday,
    Relative,
    Month,
    Season,
    Week,
    Year,
}
