using Story.Entities;
using Story.Extraction.Dates;
using Story.Extraction.Language;

namespace Story.Extraction.Entities;

/// <summary>
/// Finds the entities a sentence mentions: runs of capitalised words ("Army Chief of Staff General Randy George",
/// "U.S.", "Zelenskyy’s office"), split around titles and resolved through the <see cref="Gazetteer"/>, plus
/// nationality adjectives. Unknown capitalised multi-word names are reported as <see cref="EntityOrigin.New"/>
/// and can be learned so that the gazetteer grows with every report.
/// </summary>
public sealed class EntityRecognizer(Gazetteer gazetteer)
{
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "de", "da", "del", "der", "van", "von", "al", "bin", "la", "le", "du", "di" };

    // Words that open sentences and headlines but are not names.
    private static readonly HashSet<string> Openers = new(StringComparer.OrdinalIgnoreCase)
    {
        "according", "despite", "however", "meanwhile", "although", "though", "instead", "still", "also", "another",
        "several", "many", "most", "other", "others", "further", "additional", "earlier", "later", "last", "next",
        "first", "new", "rather", "once", "now", "amid", "among", "unlike", "like", "following", "throughout", "given",
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "both", "neither", "none", "read",
        "updated", "date", "breaking", "exclusive", "analysis", "opinion", "watch", "photo", "video",
        "western", "eastern", "northern", "southern", "central", "international", "global", "national", "federal",
    };

    // Words that make a capitalised name an organisation or place rather than a person.
    private static readonly HashSet<string> NonPersonWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "states", "state", "union", "kingdom", "nations", "house", "church", "times", "press", "ministry", "army", "council",
        "republic", "federation", "organization", "organisation", "party", "office", "department", "agency", "bank",
        "court", "committee", "forces", "government", "parliament", "commission", "institute", "university", "company",
        "group", "news", "post", "journal", "street", "square", "region", "oblast", "city", "sea", "ocean", "river",
        "islands", "coast", "gulf", "orthodox", "assembly", "congress", "senate", "embassy", "service", "guard",
        "navy", "corps", "fund", "foundation", "association", "alliance", "treaty", "agreement", "plan", "war",
        "airport", "station", "plant", "channel", "network", "television", "radio", "magazine", "review", "herald",
        "east", "west", "north", "south", "central", "international", "national", "america", "europe", "asia", "africa",
    };

    public Gazetteer Gazetteer => gazetteer;

    /// <summary>Entities in <paramref name="sentence"/>, offsets relative to it.</summary>
    public IReadOnlyList<EntityMention> Find(string sentence, ReportVocabulary? vocabulary = null) =>
        Find(sentence, 0, sentence.Length, vocabulary);

    /// <summary>Entities in the sentence at [start, end) of <paramref name="text"/>, offsets into <paramref name="text"/>.</summary>
    public IReadOnlyList<EntityMention> Find(string text, int start, int end, ReportVocabulary? vocabulary = null)
    {
        vocabulary ??= ReportVocabulary.Empty;
        var tokens = Tokens(text, start, end);
        var mentions = new List<EntityMention>();
        var i = 0;
        while (i < tokens.Count)
        {
            if (!tokens[i].IsCapitalised)
            {
                i++;
                continue;
            }

            var run = new List<Token> { tokens[i] };
            var j = i + 1;
            while (j < tokens.Count && !run[^1].IsPossessive)
            {
                var gap = text[run[^1].End..tokens[j].Start];
                if (tokens[j].IsCapitalised && gap is " " or "-" or "‑")
                {
                    run.Add(tokens[j]);
                    j++;
                }
                else if (Connectors.Contains(tokens[j].Text) && gap == " " && j + 1 < tokens.Count && tokens[j + 1].IsCapitalised
                    && text[tokens[j].End..tokens[j + 1].Start] == " ")
                {
                    run.Add(tokens[j]);
                    run.Add(tokens[j + 1]);
                    j += 2;
                }
                else
                {
                    break;
                }
            }

            mentions.AddRange(Resolve(text, run, vocabulary));
            i = j;
        }

        return mentions;
    }

    /// <summary>Distinct canonical names, in order of first mention.</summary>
    public static IReadOnlyList<string> Canonicals(IEnumerable<EntityMention> mentions) =>
        mentions.Select(m => m.Canonical).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Teaches the gazetteer the new multi-word names among <paramref name="mentions"/>.</summary>
    public void Learn(IEnumerable<EntityMention> mentions)
    {
        foreach (var mention in mentions.Where(m => m.Origin == EntityOrigin.New))
        {
            if (gazetteer.TryResolve(mention.Canonical) is null)
            {
                gazetteer.Learn(mention.Canonical);
            }
        }
    }

    private IEnumerable<EntityMention> Resolve(string text, List<Token> run, ReportVocabulary vocabulary)
    {
        // Ordinary words capitalised only because they open the sentence: "The", "Despite", "Writing".
        while (run.Count > 0 && run[0].IsSentenceInitial && IsOrdinaryOpener(run[0], vocabulary) && !Demonyms.TryCountry(run[0].Text, out _)
            && (run.Count > 1 || gazetteer.TryResolve(run[0].Text) is null))
        {
            run.RemoveAt(0);
            if (run.Count > 0)
            {
                run[0] = run[0] with { IsSentenceInitial = true };
            }
        }

        while (run.Count > 0 && Connectors.Contains(run[^1].Text))
        {
            run.RemoveAt(run.Count - 1);
        }

        if (run.Count == 0)
        {
            yield break;
        }

        var lastTitle = LastTitleIndex(run);
        if (lastTitle < 0)
        {
            foreach (var mention in ResolveName(text, run, allowNew: true, vocabulary))
            {
                yield return mention;
            }

            yield break;
        }

        // Qualifiers before and between titles: "U.S." in "U.S. Secretary of State", "German" in "German Foreign Minister".
        var qualifiers = new List<Token>();
        for (var k = 0; k <= lastTitle; k++)
        {
            if (IsTitleAt(run, k))
            {
                foreach (var mention in ResolveName(text, qualifiers, allowNew: false, vocabulary))
                {
                    yield return mention;
                }

                qualifiers.Clear();
            }
            else
            {
                qualifiers.Add(run[k]);
            }
        }

        foreach (var mention in ResolveName(text, run.Skip(lastTitle + 1).ToList(), allowNew: true, vocabulary))
        {
            yield return mention;
        }
    }

    private List<EntityMention> ResolveName(string text, List<Token> run, bool allowNew, ReportVocabulary vocabulary)
    {
        var mentions = new List<EntityMention>();
        while (run.Count > 0 && Connectors.Contains(run[0].Text))
        {
            run = run.Skip(1).ToList();
        }

        if (run.Count == 0)
        {
            return mentions;
        }

        // Longest known names first, left to right; what is left over may be a new name.
        var unresolved = new List<List<Token>> { new() };
        var i = 0;
        while (i < run.Count)
        {
            var matched = false;
            for (var j = run.Count; j > i; j--)
            {
                var startToken = run[i];
                var endToken = run[j - 1];
                if (Connectors.Contains(endToken.Text))
                {
                    continue;
                }

                var surface = text[startToken.Start..endToken.End];
                var canonical = gazetteer.TryResolve(surface);
                var origin = EntityOrigin.Known;
                if (canonical is null && j == i + 1 && (Demonyms.TryCountry(surface, out var country) || (surface.EndsWith('s') && Demonyms.TryCountry(surface[..^1], out country))))
                {
                    canonical = gazetteer.TryResolve(country) ?? country;
                    origin = EntityOrigin.Demonym;
                }
                else if (canonical is null && j == i + 2 && Demonyms.TryCountry(surface, out country))
                {
                    canonical = gazetteer.TryResolve(country) ?? country;
                    origin = EntityOrigin.Demonym;
                }

                if (canonical is null)
                {
                    continue;
                }

                mentions.Add(new EntityMention(canonical, startToken.Start, endToken.End, surface, origin, origin == EntityOrigin.Known && IsPersonName(canonical)));
                unresolved.Add([]);
                i = j;
                matched = true;
                break;
            }

            if (!matched)
            {
                unresolved[^1].Add(run[i]);
                i++;
            }
        }

        if (!allowNew)
        {
            return mentions;
        }

        var wholeRunUnresolved = mentions.Count == 0;
        foreach (var rest in unresolved.Where(r => r.Count > 0))
        {
            var trimmed = rest.SkipWhile(t => Connectors.Contains(t.Text)).Reverse().SkipWhile(t => Connectors.Contains(t.Text)).Reverse().ToList();
            if (trimmed.Count == 0)
            {
                continue;
            }

            var surface = text[trimmed[0].Start..trimmed[^1].End];
            if (trimmed.Count >= 2 && trimmed.All(t => t.Text.Length > 1 || Connectors.Contains(t.Text)))
            {
                var canonical = string.Join(' ', surface.Split([' ', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));
                mentions.Add(new EntityMention(canonical, trimmed[0].Start, trimmed[^1].End, surface, EntityOrigin.New, IsPersonName(canonical)));
            }
            else if (trimmed.Count == 1 && wholeRunUnresolved && trimmed[0].Text.Length > 1
                && !(trimmed[0].IsSentenceInitial && (IsOrdinaryOpener(trimmed[0], vocabulary) || !vocabulary.CapitalisesMidSentence(trimmed[0].Text)))
                && !vocabulary.UsesInLowerCase(trimmed[0].Text) && !Openers.Contains(trimmed[0].Text)
                && !CalendarWords.IsMonth(trimmed[0].Text) && !CalendarWords.TryWeekday(trimmed[0].Text, out _))
            {
                mentions.Add(new EntityMention(trimmed[0].Text, trimmed[0].Start, trimmed[0].End, surface, EntityOrigin.Unknown, IsPerson: false));
            }
        }

        return mentions.OrderBy(m => m.Start).ToList();
    }

    private static int LastTitleIndex(List<Token> run)
    {
        for (var k = run.Count - 1; k >= 0; k--)
        {
            if (IsTitleAt(run, k))
            {
                return k;
            }
        }

        return -1;
    }

    private static bool IsTitleAt(List<Token> run, int k)
    {
        var word = run[k].Text;
        if (Titles.IsCore(word))
        {
            // A title is followed by more title or a name, never ends a run on its own ("President" alone is a title too).
            return true;
        }

        if (Titles.IsModifier(word))
        {
            for (var n = k + 1; n < run.Count; n++)
            {
                if (Titles.IsCore(run[n].Text))
                {
                    return true;
                }

                if (!Titles.IsModifier(run[n].Text))
                {
                    return false;
                }
            }

            return false;
        }

        // "of State" / "of Staff" after a title
        if (word == "of" && k > 0 && IsTitleAt(run, k - 1) && k + 1 < run.Count && Titles.IsOfObject(run[k + 1].Text))
        {
            return true;
        }

        return k >= 2 && run[k - 1].Text == "of" && Titles.IsOfObject(word) && IsTitleAt(run, k - 2);
    }

    private static bool IsOrdinaryOpener(Token token, ReportVocabulary vocabulary)
    {
        var lower = token.Text.ToLowerInvariant();
        return StopWords.Contains(lower) || Openers.Contains(lower) || lower.EndsWith("ing", StringComparison.Ordinal)
            || lower.EndsWith("ly", StringComparison.Ordinal) || vocabulary.UsesInLowerCase(token.Text);
    }

    private static bool IsPersonName(string canonical)
    {
        var words = canonical.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 4
            && words.All(w => w.Length > 1 && (char.IsUpper(w[0]) || w is "von" or "der" or "de" or "van" or "al" or "bin") && w.Skip(1).Any(char.IsLower))
            && !words.Any(NonPersonWords.Contains);
    }

    private static List<Token> Tokens(string text, int start, int end)
    {
        var tokens = new List<Token>();
        var sentenceInitial = true;
        foreach (var word in Words.Of(text, start, end - start))
        {
            var previous = tokens.Count == 0 ? start : tokens[^1].End;
            var between = text[previous..word.Start];
            if (tokens.Count > 0 && (between.Contains('“') || between.Contains(": ", StringComparison.Ordinal) || between.Contains('"')))
            {
                sentenceInitial = true; // a quotation opens a sentence of its own
            }

            var offset = word.Start;
            var parts = word.Text.Split('-', '‑');
            for (var p = 0; p < parts.Length; p++)
            {
                var part = parts[p];
                var partStart = offset;
                var partEnd = offset + part.Length;
                var possessive = false;
                if (part.EndsWith("’s", StringComparison.Ordinal) || part.EndsWith("'s", StringComparison.Ordinal))
                {
                    part = part[..^2];
                    partEnd -= 2;
                    possessive = true;
                }
                else if (part.Length > 1 && (part.EndsWith('’') || part.EndsWith('\'')))
                {
                    part = part[..^1];
                    partEnd -= 1;
                    possessive = true;
                }

                if (part.Length > 0)
                {
                    tokens.Add(new Token(part, partStart, partEnd, possessive, sentenceInitial));
                    sentenceInitial = false;
                }

                offset += parts[p].Length + 1;
            }
        }

        return tokens;
    }

    private readonly record struct Token(string Text, int Start, int End, bool IsPossessive, bool IsSentenceInitial)
    {
        public bool IsCapitalised => Text.Length > 0 && char.IsUpper(Text[0]);
    }
}
