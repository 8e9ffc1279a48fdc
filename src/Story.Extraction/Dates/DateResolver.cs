using System.Globalization;
using System.Text.RegularExpressions;
using Story.Facts;

namespace Story.Extraction.Dates;

/// <summary>
/// Finds date expressions in a sentence and resolves them against the report's publication time:
/// explicit dates (November 20, Nov. 21, 20 November, 2025-11-20), weekdays (the most recent one, today
/// included), today / yesterday / this evening, months (the most recent past one), seasons, weeks and years.
/// </summary>
public static partial class DateResolver
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\b(?<y>(?:19|20)\d{2})-(?<m>\d{2})-(?<d>\d{2})\b", Options)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b(?<month>" + CalendarWords.MonthPattern + @")\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?<year>(?:19|20)\d{2})\b)?", Options)]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"\b(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?<month>" + CalendarWords.MonthPattern + @")\b\.?(?:,?\s+(?<year>(?:19|20)\d{2})\b)?", Options)]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"\b(?:(?<rel>(?i:last|next|this|past|coming))\s+)?(?<weekday>" + CalendarWords.WeekdayPattern + @")\b", Options)]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\b(?<word>today|tonight|yesterday|tomorrow|this (?:morning|afternoon|evening)|last night|earlier today)\b", Options | RegexOptions.IgnoreCase)]
    private static partial Regex RelativeDay();

    [GeneratedRegex(@"\b(?<prep>(?i:in|since|by|until|during|last|next|this|early|late|mid-|earlier in|later in))\s*(?<month>January|February|March|April|May|June|July|August|September|October|November|December)\b(?:\s+(?<year>(?:19|20)\d{2})\b)?", Options)]
    private static partial Regex MonthOnly();

    [GeneratedRegex(@"\b(?<rel>this|last|next|past|in the|during the|over the|earlier this|later this)\s+(?<season>spring|summer|autumn|fall|winter)\b", Options | RegexOptions.IgnoreCase)]
    private static partial Regex Season();

    [GeneratedRegex(@"\b(?<rel>this|last|next|past|earlier this|later this)\s+(?<unit>week|month|year)\b", Options | RegexOptions.IgnoreCase)]
    private static partial Regex RelativePeriod();

    [GeneratedRegex(@"\b(?i:in|since|during|by|until|of|early|late|mid-)\s*(?<year>(?:19|20)\d{2})\b(?!-\d)", Options)]
    private static partial Regex Year();

    /// <summary>Every date expression in <paramref name="text"/>, in text order (overlaps resolved in favour of the more specific).</summary>
    public static IReadOnlyList<DateMention> FindAll(string text, DateTimeOffset publishedAt)
    {
        var found = new List<DateMention>();
        var today = new DateTimeOffset(publishedAt.Date, publishedAt.Offset);

        foreach (Match m in IsoDate().Matches(text))
        {
            if (TryDate(Int(m, "y"), Int(m, "m"), Int(m, "d"), publishedAt.Offset, out var date))
            {
                Add(found, m, new OccurredAt(date, TimePrecision.Day), DateMentionKind.Explicit);
            }
        }

        foreach (var regex in new[] { MonthDay(), DayMonth() })
        {
            foreach (Match m in regex.Matches(text))
            {
                CalendarWords.TryMonth(m.Groups["month"].Value, out var month);
                var day = Int(m, "day");
                var year = m.Groups["year"].Success ? Int(m, "year") : NearestYear(month, day, today);
                if (TryDate(year, month, day, publishedAt.Offset, out var date))
                {
                    Add(found, m, new OccurredAt(date, TimePrecision.Day), DateMentionKind.Explicit);
                }
            }
        }

        foreach (Match m in Weekday().Matches(text))
        {
            CalendarWords.TryWeekday(m.Groups["weekday"].Value, out var weekday);
            var rel = m.Groups["rel"].Value.ToLowerInvariant();
            var back = ((int)today.DayOfWeek - (int)weekday + 7) % 7;
            var date = rel switch
            {
                "next" or "coming" => today.AddDays(back == 0 ? 7 : 7 - back),
                "last" or "past" => today.AddDays(back == 0 ? -7 : -back),
                _ => today.AddDays(-back),
            };
            Add(found, m, new OccurredAt(date, TimePrecision.Day), DateMentionKind.Weekday);
        }

        foreach (Match m in RelativeDay().Matches(text))
        {
            var word = m.Groups["word"].Value.ToLowerInvariant();
            var date = word switch
            {
                "yesterday" or "last night" => today.AddDays(-1),
                "tomorrow" => today.AddDays(1),
                _ => today,
            };
            Add(found, m, new OccurredAt(date, TimePrecision.Day), DateMentionKind.Relative);
        }

        foreach (Match m in MonthOnly().Matches(text))
        {
            CalendarWords.TryMonth(m.Groups["month"].Value, out var month);
            var year = m.Groups["year"].Success ? Int(m, "year") : (month <= today.Month ? today.Year : today.Year - 1);
            var prep = m.Groups["prep"].Value.ToLowerInvariant();
            if (prep == "next" && !m.Groups["year"].Success)
            {
                year = month > today.Month ? today.Year : today.Year + 1;
            }

            var date = new DateTimeOffset(year, month, 1, 0, 0, 0, publishedAt.Offset);
            Add(found, m, new OccurredAt(date, TimePrecision.Month), DateMentionKind.Month);
        }

        foreach (Match m in Season().Matches(text))
        {
            Add(found, m, new OccurredAt(SeasonMiddle(m.Groups["season"].Value.ToLowerInvariant(), m.Groups["rel"].Value.ToLowerInvariant(), today), TimePrecision.Approximate), DateMentionKind.Season);
        }

        foreach (Match m in RelativePeriod().Matches(text))
        {
            var rel = m.Groups["rel"].Value.ToLowerInvariant();
            var sign = rel switch { "last" or "past" => -1, "next" => 1, _ => 0 };
            var date = m.Groups["unit"].Value.ToLowerInvariant() switch
            {
                "week" => today.AddDays(7 * sign),
                "month" => today.AddMonths(sign),
                _ => today.AddYears(sign),
            };
            Add(found, m, new OccurredAt(date, TimePrecision.Approximate), DateMentionKind.Week);
        }

        foreach (Match m in Year().Matches(text))
        {
            var date = new DateTimeOffset(Int(m, "year"), 7, 1, 0, 0, 0, publishedAt.Offset);
            Add(found, m, new OccurredAt(date, TimePrecision.Approximate), DateMentionKind.Year);
        }

        return RemoveOverlaps(found);
    }

    /// <summary>The date a sentence is about: its most specific date expression, the first one on a tie.</summary>
    public static OccurredAt? Resolve(string text, DateTimeOffset publishedAt) => Best(FindAll(text, publishedAt))?.OccurredAt;

    public static DateMention? Best(IReadOnlyList<DateMention> mentions) => mentions
        .OrderBy(d => d.OccurredAt.Precision)
        .ThenBy(d => d.Kind == DateMentionKind.Explicit ? 0 : 1)
        .ThenBy(d => d.Start)
        .FirstOrDefault();

    // A date with no year is the one nearest the publication: "December 28" in a January report is last year's.
    private static int NearestYear(int month, int day, DateTimeOffset today)
    {
        if (month is < 1 or > 12 || day is < 1 or > 31)
        {
            return today.Year;
        }

        var candidate = new DateTime(today.Year, month, Math.Min(day, DateTime.DaysInMonth(today.Year, month)), 0, 0, 0, DateTimeKind.Unspecified);
        var days = (candidate - today.Date).TotalDays;
        return days > 60 ? today.Year - 1 : days < -300 ? today.Year + 1 : today.Year;
    }

    private static DateTimeOffset SeasonMiddle(string season, string rel, DateTimeOffset today)
    {
        // Northern-hemisphere seasons, dated by their middle month; a winter by the January inside it.
        var middle = season switch { "spring" => 4, "summer" => 7, "autumn" or "fall" => 10, _ => 1 };
        var year = (rel, middle) switch
        {
            ("last" or "past", 1) => today.Month >= 3 ? today.Year : today.Year - 1,
            ("last" or "past", _) => middle + 1 < today.Month ? today.Year : today.Year - 1,
            ("next", 1) => today.Month >= 10 ? today.Year + 2 : today.Year + 1,
            ("next", _) => middle - 1 > today.Month ? today.Year : today.Year + 1,
            (_, 1) => today.Month >= 7 ? today.Year + 1 : today.Year,
            _ => today.Year,
        };

        return new DateTimeOffset(year, middle, 15, 0, 0, 0, today.Offset);
    }

    private static bool TryDate(int year, int month, int day, TimeSpan offset, out DateTimeOffset date)
    {
        date = default;
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateTimeOffset(year, month, day, 0, 0, 0, offset);
        return true;
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture);

    private static void Add(List<DateMention> found, Match m, OccurredAt at, DateMentionKind kind) =>
        found.Add(new DateMention(m.Index, m.Index + m.Length, m.Value, at, kind));

    private static List<DateMention> RemoveOverlaps(List<DateMention> found)
    {
        var kept = new List<DateMention>();
        foreach (var mention in found.OrderBy(d => d.Kind).ThenBy(d => d.OccurredAt.Precision).ThenByDescending(d => d.End - d.Start))
        {
            if (!kept.Any(k => k.Start < mention.End && mention.Start < k.End))
            {
                kept.Add(mention);
            }
        }

        return kept.OrderBy(d => d.Start).ToList();
    }
}
