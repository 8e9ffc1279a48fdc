using System.Text.RegularExpressions;

namespace Story.Extraction.Candidates;

/// <summary>
/// Reads who a clause cites and for what: “...,” X said / X said (that) ... / ..., X said / According to X, ... /
/// ..., according to X / X told Y that ... / X wrote on Telegram that ... / Erdogan, he said, offered ...
/// Quoted words are masked first so that a verb inside a quotation is never taken for the report's attribution.
/// </summary>
internal static partial class AttributionParser
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    [GeneratedRegex(@"^\s*(?i:according to)\s+(?<src>[^,;:]{2,120}?)\s*,\s*", Options)]
    private static partial Regex LeadingAccordingTo();

    [GeneratedRegex(@",?\s+(?i:according to)\s+(?<src>[^,;]{2,120}?)\s*(?<end>[,.!?]?\s*$|,\s+)", Options)]
    private static partial Regex AccordingTo();

    private static readonly Regex VerbPattern = new(@"(?<![\p{L}\p{N}’'-])(?<verb>" + SpeechVerbs.Pattern + @")(?![\p{L}\p{N}’'-])", Options | RegexOptions.Compiled);

    private static Regex Verb() => VerbPattern;

    // What may sit between a verb of saying and its content: "said Thursday", "wrote on X", "said in a statement on Telegram".
    [GeneratedRegex(@"^\s*,?\s*(?:(?:on|in|late|early|last|this|during|at|via|through|to|earlier|later)\s+)*(?:(?:a|an|the|its|his|her|their)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight|night|morning|evening|afternoon|week|statement|statements|interview|post|video|briefing|press conference|news conference|call|X|Telegram|Facebook|Instagram|Twitter|social media|reporters|journalists|television|TV|(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2})?|\d{1,2}|released\s+on\s+\w+|posted\s+on\s+\w+)\b\s*,?", Options)]
    private static partial Regex VerbModifier();

    [GeneratedRegex(@"^\s*,?\s*(?:(?:a|one|two|three|four|five|six|several|some|just|only)\s+)?(?:(?:days?|hours?|weeks?|months?|minutes?)\s+)?(?:after|before|when|while|since|following|ahead\s+of|hours\s+after|shortly\s+after)\b", Options)]
    private static partial Regex TrailingTimeClause();

    [GeneratedRegex(@"^\s*(?:that\s+|:\s*|,\s*(?=[“""]))", Options)]
    private static partial Regex ContentOpener();

    [GeneratedRegex(@"\b(?i:the|a|an|this|that|these|those|its|their|his|her|our|such)\s+$", Options)]
    private static partial Regex Determiner();

    [GeneratedRegex(@"(?<![\p{L}])that\s+", Options)]
    private static partial Regex That();

    private static readonly HashSet<string> ClauseMarkers = new(StringComparer.OrdinalIgnoreCase)
    {
        "but", "did", "does", "do", "is", "are", "was", "were", "will", "would", "can", "could", "not", "to", "who",
        "which", "that", "when", "while", "because", "if", "as", "whether", "should", "may", "might", "must", "so",
        "than", "although", "though", "for", "with", "from", "into", "about", "after", "before", "since", "until",
        "be", "been", "being", "what", "how", "why", "where", "has", "have", "had",
    };

    private static readonly HashSet<string> SkippableSegmentOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "who", "which", "whose", "where", "citing", "meanwhile", "however", "in", "on", "at", "during", "after", "before",
        "despite", "according", "writing", "speaking", "asked", "throughout", "rather", "also", "separately", "instead",
        "late", "early", "last", "this", "earlier", "later", "too", "though", "although", "and", "but", "then",
    };

    private static readonly HashSet<string> TrailingSubjectWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "also", "further", "later", "earlier", "then", "has", "have", "had", "repeatedly", "publicly", "privately",
        "previously", "separately", "again", "officially", "formally", "reportedly", "still", "now", "once", "on", "late",
        "early", "last", "this", "himself", "herself", "itself", "themselves", "initially", "first", "recently", "already",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "today", "yesterday", "night",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December", "morning", "evening", "afternoon", "week",
    };

    public static Attribution? Parse(string clause)
    {
        var masked = QuoteMask.Mask(clause);

        if (LeadingAccordingTo().Match(masked) is { Success: true } leading)
        {
            var source = clause.Substring(leading.Groups["src"].Index, leading.Groups["src"].Length);
            var start = leading.Index + leading.Length;

            // "According to Reuters, a delegation is in Kyiv, the U.S. embassy said": the innermost source is the one cited.
            if (!Attribution.IsPronoun(source) && Parse(clause[start..]) is { Source: not null, SourceIsPronoun: false } inner)
            {
                return inner with { ContentStart = inner.ContentStart + start, ContentEnd = inner.ContentEnd + start };
            }

            return Make(source, clause, start, clause.Length, "according-to");
        }

        if (QuoteFirst(clause, masked) is { } quoted)
        {
            return quoted;
        }

        foreach (Match verb in Verb().Matches(masked))
        {
            if (Determiner().IsMatch(masked[..verb.Index]))
            {
                continue; // "the reported plan": an adjective, not a verb of saying
            }

            if (FromVerb(clause, masked, verb) is { } attribution)
            {
                return attribution;
            }
        }

        if (AccordingTo().Match(masked) is { Success: true } trailing)
        {
            var source = clause.Substring(trailing.Groups["src"].Index, trailing.Groups["src"].Length);
            var after = trailing.Index + trailing.Length;
            if (after >= clause.Length || string.IsNullOrWhiteSpace(clause[after..].Trim('.', '!', '?')))
            {
                return Make(source, clause, 0, trailing.Index, "according-to");
            }

            // "Zelensky agreed to enter talks and, according to his office, expects to discuss ..."
            var content = clause[..trailing.Index] + " " + clause[after..];
            return new Attribution(source, Attribution.IsPronoun(source), content, 0, clause.Length, false, "according-to");
        }

        return null;
    }

    /// <summary>
    /// The source a sentence ends by citing (", according to two people familiar with the proposal.", ", union
    /// leaders said."), which speaks for every clause of the sentence; null when it has none or names a pronoun.
    /// </summary>
    public static string? TrailingSource(string sentence)
    {
        var masked = QuoteMask.Mask(sentence);
        var trailing = AccordingTo().Match(masked);
        if (trailing.Success && string.IsNullOrWhiteSpace(masked[(trailing.Index + trailing.Length)..].Trim('.', '!', '?')))
        {
            var source = StripTrailing(sentence.Substring(trailing.Groups["src"].Index, trailing.Groups["src"].Length));
            return Attribution.IsPronoun(source) ? null : source;
        }

        return Parse(sentence) is { Pattern: "said-trailing", Source: { } said, SourceIsPronoun: false } ? said : null;
    }

    /// <summary>The content of a sentence once its attribution is set aside (the whole sentence when it has none).</summary>
    public static string ContentOf(string clause) => Parse(clause)?.Content ?? clause;

    // “...,” X said.  /  “...,” said X.  /  “...”  (a quotation on its own, to be given the last speaker)
    private static Attribution? QuoteFirst(string clause, string masked)
    {
        var open = 0;
        while (open < clause.Length && char.IsWhiteSpace(clause[open]))
        {
            open++;
        }

        if (open >= clause.Length || clause[open] is not ('“' or '"'))
        {
            return null;
        }

        var close = -1;
        for (var i = open + 1; i < clause.Length; i++)
        {
            if (clause[i] is '”' or '"')
            {
                close = i;
                break;
            }
        }

        var innerEnd = close < 0 ? clause.Length : close;
        var inner = clause[(open + 1)..innerEnd];
        var trimmedInnerEnd = innerEnd;
        while (trimmedInnerEnd > open + 1 && clause[trimmedInnerEnd - 1] is ',' or ' ')
        {
            trimmedInnerEnd--;
        }

        var rest = close < 0 ? string.Empty : masked[(close + 1)..];
        if (string.IsNullOrWhiteSpace(rest.Trim('.', '!', '?', ' ')))
        {
            return new Attribution(null, false, inner.TrimEnd(',', ' '), open + 1, trimmedInnerEnd, true, "quote-only");
        }

        var verb = Verb().Match(rest);
        if (!verb.Success)
        {
            return null;
        }

        var between = rest[..verb.Index].Trim().TrimStart(',').Trim();
        var afterVerb = rest[(verb.Index + verb.Length)..];
        string source;
        if (between.Length == 0)
        {
            // “...,” said Dmitry Peskov.
            var match = Regex.Match(afterVerb, @"^\s+(?<src>[^,.;:]{2,80})");
            if (!match.Success)
            {
                return null;
            }

            source = match.Groups["src"].Value.Trim();
        }
        else
        {
            source = between;
            if (!IsPlausibleSubject(source))
            {
                return null;
            }
        }

        var sourceStart = clause.IndexOf(source, close + 1, StringComparison.Ordinal);
        source = sourceStart >= 0 ? clause.Substring(sourceStart, source.Length) : source;
        return new Attribution(StripTrailing(source), Attribution.IsPronoun(StripTrailing(source)), inner.TrimEnd(',', ' '), open + 1, trimmedInnerEnd, true, "quote-first");
    }

    private static Attribution? FromVerb(string clause, string masked, Match verb)
    {
        var subject = FindSubject(clause, masked, verb.Index);
        if (subject is null)
        {
            return null;
        }

        var (source, subjectStart) = subject.Value;
        var verbWord = verb.Groups["verb"].Value;
        var afterVerb = verb.Index + verb.Length;

        if (verbWord is "denied" or "denies")
        {
            // "Moscow denies that a plan exists": the denial is the claim; the content alone would say the opposite.
            return new Attribution(source, Attribution.IsPronoun(source), clause[subjectStart..].Trim(), subjectStart, clause.Length, false, "characterised");
        }

        // Skip what may sit between the verb and the content: objects of "told", times, channels.
        var cursor = afterVerb;
        if (verbWord is "told" or "tells" or "assured" or "warned" or "urged")
        {
            var that = That().Match(masked, afterVerb);
            if (that.Success && WordCount(masked[afterVerb..that.Index]) <= 14 && !masked[afterVerb..that.Index].Contains('“'))
            {
                cursor = that.Index + that.Length;
                return Content(clause, source, cursor, clause.Length, "told-that");
            }

            if (verbWord is "told" or "tells")
            {
                var colon = masked.IndexOf(':', afterVerb);
                if (colon > 0 && WordCount(masked[afterVerb..colon]) <= 6)
                {
                    return Content(clause, source, colon + 1, clause.Length, "told-colon");
                }
            }
        }

        while (VerbModifier().Match(masked[cursor..]) is { Success: true, Length: > 0 } modifier)
        {
            cursor += modifier.Length;
        }

        var tail = masked[cursor..];
        var opener = ContentOpener().Match(tail);
        if (opener.Success)
        {
            return Content(clause, source, cursor + opener.Length, clause.Length, "said-that");
        }

        // "reported on Wednesday, citing a U.S. official, that the plan ..."
        var laterThat = That().Match(masked, cursor);
        var beforeThat = laterThat.Success ? masked[cursor..laterThat.Index].Trim() : string.Empty;
        if (laterThat.Success && (beforeThat.StartsWith(',') || beforeThat.StartsWith("citing ", StringComparison.Ordinal) || beforeThat.StartsWith("quoting ", StringComparison.Ordinal))
            && beforeThat.EndsWith(',') && WordCount(beforeThat) <= 10)
        {
            return Content(clause, source, laterThat.Index + laterThat.Length, clause.Length, "said-that");
        }

        // "..., Zelensky said on Saturday, two days after he received ...": a time clause after the attribution.
        if (string.IsNullOrWhiteSpace(tail.Trim('.', '!', '?', ' ', ',')) || (TrailingTimeClause().IsMatch(tail) && (tail.TrimStart().StartsWith(',') || masked[..cursor].TrimEnd().EndsWith(','))))
        {
            // "..., his office said Thursday."  /  "“...,” he said." handled earlier.
            var end = subjectStart;
            while (end > 0 && (char.IsWhiteSpace(clause[end - 1]) || clause[end - 1] == ','))
            {
                end--;
            }

            if (end == 0)
            {
                return null;
            }

            var isQuote = clause[..end].TrimStart().StartsWith('“') && clause[end - 1] is '”' or '"';
            var a = Content(clause, source, 0, end, "said-trailing");
            return isQuote ? a with { ContentIsQuote = true } : a;
        }

        if (tail.TrimStart().StartsWith(',') && subjectStart > 0)
        {
            // "Erdogan, he said, offered ..."
            var before = clause[..subjectStart].TrimEnd().TrimEnd(',');
            var after = clause[(cursor + tail.IndexOf(',', StringComparison.Ordinal) + 1)..].TrimStart();
            return new Attribution(source, Attribution.IsPronoun(source), before + " " + after, 0, clause.Length, false, "said-parenthetical");
        }

        if (SpeechVerbs.IsSay(verbWord))
        {
            // "Syrskyi said the best path ..." (that omitted)
            return Content(clause, source, cursor, clause.Length, "said");
        }

        // "Zelenskyy stressed the importance of ...": the characterisation is itself the claim.
        return new Attribution(source, Attribution.IsPronoun(source), clause[subjectStart..].Trim(), subjectStart, clause.Length, false, "characterised");
    }

    private static Attribution Content(string clause, string source, int start, int end, string pattern)
    {
        var content = clause[start..end];
        var trimmed = content.Trim();
        var isQuote = trimmed.Length > 1 && trimmed[0] is '“' or '"' && trimmed.TrimEnd('.', ' ')[^1] is '”' or '"'
            && trimmed.Count(c => c is '“' or '”' or '"') == 2;
        return new Attribution(source, Attribution.IsPronoun(source), isQuote ? trimmed.Trim('“', '”', '"', '.', ',', ' ') : trimmed, start, end, isQuote, pattern);
    }

    private static Attribution Make(string source, string clause, int start, int end, string pattern) => Content(clause, StripTrailing(source), start, end, pattern);

    // The noun phrase right before a verb of saying, walking back over parentheticals:
    // "The sources, who spoke on condition of anonymity, said" -> "The sources";
    // "Zelenskyy’s office on Thursday, November 20, said" -> "Zelenskyy’s office".
    private static (string Source, int Start)? FindSubject(string clause, string masked, int verbStart)
    {
        var segmentEnd = verbStart;
        var crossedRelativeClause = false;
        while (segmentEnd > 0)
        {
            var segmentStart = LastBoundary(masked, segmentEnd);
            var raw = clause[segmentStart..segmentEnd];
            var segment = StripTrailing(raw.Trim().TrimEnd(',').Trim());
            var firstWord = segment.Split(' ', 2)[0];
            if (segment.Length == 0 || IsTemporal(segment) || SkippableSegmentOpeners.Contains(firstWord))
            {
                crossedRelativeClause |= firstWord is "who" or "which" or "whose" or "where";
                if (segmentStart == 0)
                {
                    return null;
                }

                segmentEnd = segmentStart - 1;
                if (clause[segmentEnd] is '”' or '"')
                {
                    return null;
                }

                continue;
            }

            // Past a relative clause the subject must be a short noun phrase ("The sources, who spoke ..., said"),
            // not a clause of its own ("Those contours have prompted concern among governments, which have warned").
            if (!IsPlausibleSubject(segment) || (crossedRelativeClause && WordCount(segment) > 5))
            {
                return null;
            }

            var start = clause.IndexOf(segment, segmentStart, StringComparison.Ordinal);
            return (segment, start < 0 ? segmentStart : start);
        }

        return null;
    }

    // A segment starts after the last comma, semicolon, dash or closing quote before it.
    private static int LastBoundary(string masked, int end)
    {
        for (var i = end - 1; i >= 0; i--)
        {
            if (masked[i] is ',' or ';' or '”' or '"' or '—' or '–' or ':')
            {
                return i + 1;
            }
        }

        return 0;
    }

    private static bool IsPlausibleSubject(string subject)
    {
        var words = subject.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 12 || !char.IsLetterOrDigit(words[0][0]))
        {
            return false;
        }

        if (words.Any(w => ClauseMarkers.Contains(w.Trim(',', '.')) || w.Contains(QuoteMask.Blank, StringComparison.Ordinal)))
        {
            return false;
        }

        // A lone lower-case verb or adverb ("back", "publicly") is the end of a clause, not a source ("police", "officials").
        var lone = words[0].ToLowerInvariant();
        return !(words.Length == 1 && char.IsLower(words[0][0]) && (lone.EndsWith("ed", StringComparison.Ordinal) || lone.EndsWith("ly", StringComparison.Ordinal)
            || lone.EndsWith("ing", StringComparison.Ordinal) || lone is "back" or "out" or "up" or "off" or "down" or "away" or "again" or "too"));
    }

    private static string StripTrailing(string subject)
    {
        var words = subject.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && (TrailingSubjectWords.Contains(words[^1].Trim(',')) || words[^1].Trim(',').All(char.IsDigit)))
        {
            words.RemoveAt(words.Count - 1);
        }

        return string.Join(' ', words).TrimEnd(',');
    }

    private static bool IsTemporal(string segment) =>
        segment.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => TrailingSubjectWords.Contains(w.Trim(',', '.')) || w.Trim(',', '.').All(char.IsDigit));

    private static int WordCount(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
