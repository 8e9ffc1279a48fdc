using System.Text.RegularExpressions;

namespace Story.Extraction.Candidates;

/// <summary>
/// Splits a sentence that makes several claims into clauses, each an exact span of the text: "X said A, adding that
/// B", "A, and that B", "A; B", "A, though B", "A and is expected to B", "A, one that would require B", "The plan,
/// drafted by X, stirred B", "A, drawing pushback from B", and the items of a plan's list ("calls for A and B").
/// Quoted words are masked, so a quotation is never split.
/// </summary>
internal static partial class ClauseSplitter
{
    private const int MinClauseWords = 4;

    [GeneratedRegex(@";\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Semicolon();

    [GeneratedRegex(@"(?:,|(?<=[”""]))\s+(?=(?:adding|noting|saying|stressing|arguing|insisting|warning|emphasi[sz]ing)\s+(?:that\b|:))|,?\s+(?=and\s+(?:that|(?:also\s+)?(?:added|said|insisted|stressed|noted|warned|argued)\s+that)\b)|\s+(?=but\s+that\b)", RegexOptions.CultureInvariant)]
    private static partial Regex SameSource();

    [GeneratedRegex(@",\s+(?=(?:though|although|whereas)\s)", RegexOptions.CultureInvariant)]
    private static partial Regex Contrast();

    // ", one that would require ...", ", which includes ...": what a plan named before contains.
    [GeneratedRegex(@",\s+(?=(?:one\s+that|which)\s+(?:(?:also|would|will|reportedly)\s+)*(?:includes?|envisions?|envisages?|calls?\s+for|requires?|would|will|contains?|demands?|obliges?|proposes?|foresees?)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex PlanRelative();

    // "A and is expected to B", "A and, according to his office, expects to B": a second predicate of the same subject.
    [GeneratedRegex(@",?\s+and(?:\s*,\s*(?=according\s+to\s+[^,]{2,60},))?\s+", RegexOptions.CultureInvariant)]
    private static partial Regex And();

    [GeneratedRegex(@"^(?:according\s+to\s+[^,]{2,60},\s+)?(?<verb>[a-z]+)(?<to>\s+to\b)?", RegexOptions.CultureInvariant)]
    private static partial Regex PredicateStart();

    // ", drawing pushback from ...", ", marking one of ...": a participle clause saying something of its own.
    [GeneratedRegex(@",\s+(?=(?!(?:according|citing|including|saying|adding|noting|stressing|arguing|insisting|warning|emphasi[sz]ing|during|following|being|having|regarding|concerning|nothing|something|anything|everything)\b)[a-z]{3,}ing\s)", RegexOptions.CultureInvariant)]
    private static partial Regex Participle();

    // "... as Zelenskiy faces ...": a subordinate clause with a subject of its own.
    [GeneratedRegex(@",?\s+(?:and\s+)?as\s+(?=[A-Z])", RegexOptions.CultureInvariant)]
    private static partial Regex AsClause();

    [GeneratedRegex(@"\s+[—–]\s+(?=including\b)", RegexOptions.CultureInvariant)]
    private static partial Regex DashIncluding();

    // "The plan, drafted by Witkoff ..., stirred controversy": the parenthesis and the predicate are two claims.
    [GeneratedRegex(@"^(?<np>\s*(?:The|A|An|This|That|Its|His|Her|Their)\s+[^,]{1,40}?),\s+(?<part>[a-z]+(?:ed|en)\s+(?:by|in|as|with|to|from|over)\b[^,]{5,200}?),\s+(?<pred>(?:[a-z]+ly\s+)?[a-z]+\b.*)$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Parenthetical();

    // "Army Secretary Dan Driscoll, who delivered the draft in Kyiv on Thursday, is expected to ...": likewise.
    [GeneratedRegex(@"^(?<np>\s*[A-Z][^,]{1,60}?),\s+(?<part>who\s+(?:[a-z]+ly\s+)?[a-z]+\b[^,]{5,200}?),\s+(?<pred>(?:[a-z]+ly\s+)?(?:is|are|was|were|has|have|had|will|would|[a-z]+(?:ed|s))\b.*)$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex RelativeParenthesis();

    [GeneratedRegex(@"\b(?:plans?|proposals?|framework|draft|document|deal|agreement|blueprint|initiative|settlement|roadmap|accord|package)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PlanNoun();

    /// <summary>The clauses of the sentence at [start, end) of <paramref name="text"/>; <paramref name="continuesPlan"/>: the previous sentence described a plan.</summary>
    public static IReadOnlyList<Clause> Split(string text, int start, int end, bool continuesPlan = false)
    {
        var sentence = text[start..end];
        var masked = QuoteMask.Mask(sentence);
        var cuts = new List<(int At, int Next, ClauseLink Link, Func<string, string?>? Prefix)>();
        Add(cuts, Semicolon(), masked, ClauseLink.Independent);
        Add(cuts, SameSource(), masked, ClauseLink.SameSource);
        Add(cuts, Contrast(), masked, ClauseLink.Contrast);
        Add(cuts, DashIncluding(), masked, ClauseLink.SameSource);
        Add(cuts, Participle(), masked, ClauseLink.SameSource);
        foreach (Match m in PlanRelative().Matches(masked))
        {
            cuts.Add((m.Index, m.Index + m.Length, ClauseLink.SameSource, left => PlanNounOf(left)));
        }

        foreach (Match m in And().Matches(masked))
        {
            var right = masked[(m.Index + m.Length)..];
            if (PredicateStart().Match(right) is { Success: true } p && IsPredicate(p))
            {
                cuts.Add((m.Index, m.Index + m.Length, ClauseLink.SameSource, left => SubjectFinder.Of(AttributionParser.ContentOf(left))));
            }
            else if ((m.Value.TrimStart().StartsWith(',') || (m.Index > 0 && masked[m.Index - 1] is '”' or '"'))
                && SubjectFinder.Of(right) is { } subject && StartsNounPhrase(subject))
            {
                cuts.Add((m.Index, m.Index + m.Length, ClauseLink.Independent, null));
            }
            else if (SubjectFinder.Of(right) is { } named && StartsNounPhrase(named) && named.Split(' ').Length <= 4
                && SubjectFinder.OpensWithAuxiliary(right[named.Length..]) && SubjectFinder.Of(masked[..m.Index]) is not null)
            {
                // "... on the battlefield and Zelenskyy’s government is shaken by ...": a second clause with its own subject.
                cuts.Add((m.Index, m.Index + m.Length, ClauseLink.Independent, null));
            }
        }

        foreach (Match m in AsClause().Matches(masked))
        {
            if (SubjectFinder.Of(masked[(m.Index + m.Length)..]) is { } subject && subject.Split(' ').Length <= 3)
            {
                cuts.Add((m.Index, m.Index + m.Length, ClauseLink.Independent, null));
            }
        }

        var clauses = new List<Clause>();
        var clauseStart = 0;
        var link = ClauseLink.Independent;
        string? prefix = null;
        foreach (var cut in cuts.OrderBy(c => c.At).ThenByDescending(c => c.Next))
        {
            if (cut.At <= clauseStart || Words(sentence[clauseStart..cut.At]) < MinClauseWords || Words(sentence[cut.Next..]) < MinClauseWords)
            {
                continue;
            }

            clauses.AddRange(Refine(sentence, masked, start, new Clause(clauseStart, cut.At, link, prefix), continuesPlan));
            prefix = cut.Prefix?.Invoke(sentence[..cut.At]);
            clauseStart = cut.Next;
            link = cut.Link;
        }

        clauses.AddRange(Refine(sentence, masked, start, new Clause(clauseStart, sentence.Length, link, prefix), continuesPlan));
        return clauses;
    }

    // A clause (offsets relative to the sentence) split further: a parenthesis, then the items of a plan's list.
    private static IEnumerable<Clause> Refine(string sentence, string masked, int offset, Clause clause, bool continuesPlan)
    {
        var clauseMasked = masked[clause.Start..clause.End];
        var participle = Parenthetical().Match(clauseMasked);
        var p = participle.Success ? participle : RelativeParenthesis().Match(clauseMasked);
        if (p.Success && clause.Prefix is null)
        {
            var np = sentence.Substring(clause.Start + p.Groups["np"].Index, p.Groups["np"].Length).Trim();
            var part = p.Groups["part"];
            var pred = p.Groups["pred"];
            yield return new Clause(offset + clause.Start + part.Index, offset + clause.Start + part.Index + part.Length, ClauseLink.SameSource, participle.Success ? np + " was" : np);
            foreach (var item in Items(sentence, masked, offset, new Clause(clause.Start + pred.Index, clause.End, clause.Link, np), continuesPlan))
            {
                yield return item;
            }

            yield break;
        }

        foreach (var item in Items(sentence, masked, offset, clause, continuesPlan))
        {
            yield return item;
        }
    }

    private static IEnumerable<Clause> Items(string sentence, string masked, int offset, Clause clause, bool continuesPlan)
    {
        var subjectIsPlan = continuesPlan || (clause.Prefix is { } prefix && PlanNoun().IsMatch(prefix));
        if (PlanItems.Split(masked[clause.Start..clause.End], subjectIsPlan) is not { } list)
        {
            yield return clause with { Start = offset + clause.Start, End = offset + clause.End };
            yield break;
        }

        // Later items read with the words that introduce the list: "the plan also calls for" + "the surrender of ...".
        var head = sentence.Substring(clause.Start + list.HeadStart, list.HeadEnd - list.HeadStart).Trim();
        head = StripRelative(head, clause.Prefix);
        for (var i = 0; i < list.Items.Count; i++)
        {
            var (itemStart, itemEnd) = list.Items[i];
            yield return i == 0
                ? clause with { Start = offset + clause.Start, End = offset + clause.Start + itemEnd }
                : new Clause(offset + clause.Start + itemStart, offset + clause.Start + itemEnd, ClauseLink.SameSource, head);
        }
    }

    // "one that would require Kyiv to" after "a framework" reads "The framework would require Kyiv to".
    private static string StripRelative(string head, string? prefix)
    {
        var stripped = Regex.Replace(head, @"^(?:one\s+that|which|that)\s+", string.Empty, RegexOptions.CultureInvariant);
        return stripped.Length != head.Length && prefix is not null ? prefix + " " + stripped : head;
    }

    private static bool IsPredicate(Match start)
    {
        var verb = start.Groups["verb"].Value;
        return SubjectFinder.IsFiniteVerb(verb) || (start.Groups["to"].Success && (verb.EndsWith('s') || verb.EndsWith("ed", StringComparison.Ordinal)));
    }

    private static bool StartsNounPhrase(string subject)
    {
        var first = subject.Split(' ')[0];
        return char.IsUpper(first[0]) || SubjectFinder.IsDeterminer(first) || first is "both" or "all" or "many" or "most" or "several" or "other" or "others";
    }

    // The plan a relative clause describes, named as its statement's subject: "The framework".
    private static string PlanNounOf(string left)
    {
        var nouns = PlanNoun().Matches(left);
        return nouns.Count > 0 ? "The " + nouns[^1].Value.ToLowerInvariant() : "It";
    }

    private static void Add(List<(int, int, ClauseLink, Func<string, string?>?)> cuts, Regex pattern, string masked, ClauseLink link)
    {
        foreach (Match m in pattern.Matches(masked))
        {
            cuts.Add((m.Index, m.Index + m.Length, link, null));
        }
    }

    private static int Words(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit));
}
