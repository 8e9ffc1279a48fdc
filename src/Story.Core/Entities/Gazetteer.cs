using System.Globalization;
using System.Text;

namespace Story.Entities;

/// <summary>
/// Resolves the many spellings of one entity to its canonical name: transliteration variants
/// (Zelensky / Zelenskyy / Zelenskiy), given-name variants (Vladimir / Volodymyr, Dan / Daniel),
/// and aliases (U.S. / United States / Washington). It starts from a general list and learns more.
/// </summary>
public sealed class Gazetteer
{
    private readonly Dictionary<string, string> _canonicalByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _canonicalBySurname = new(StringComparer.Ordinal);
    private readonly HashSet<string> _ambiguousSurnames = new(StringComparer.Ordinal);

    public Gazetteer(IEnumerable<GazetteerEntry> entries)
    {
        foreach (var entry in entries)
        {
            Learn(entry.Canonical, entry.Aliases);
        }
    }

    /// <summary>The built-in gazetteer of people, places and organisations in world news.</summary>
    public static Gazetteer CreateDefault() => new(DefaultEntities.All);

    public IEnumerable<string> CanonicalNames => _canonicalByKey.Values.Distinct(StringComparer.Ordinal);

    /// <summary>Adds an entity, or more aliases of one.</summary>
    public void Learn(string canonical, IEnumerable<string>? aliases = null)
    {
        foreach (var name in (aliases ?? []).Append(canonical))
        {
            _canonicalByKey[Key(name)] = canonical;
        }

        var words = Key(canonical).Split(' ');
        if (words.Length >= 2 && IsPersonName(canonical))
        {
            var surname = words[^1];
            if (_canonicalBySurname.TryGetValue(surname, out var existing) && existing != canonical)
            {
                _ambiguousSurnames.Add(surname);
            }

            _canonicalBySurname[surname] = canonical;
        }
    }

    /// <summary>The canonical name of <paramref name="mention"/>, or null when it is unknown.</summary>
    public string? TryResolve(string mention)
    {
        var key = Key(mention);
        if (key.Length == 0)
        {
            return null;
        }

        if (_canonicalByKey.TryGetValue(key, out var canonical))
        {
            return canonical;
        }

        // "President Volodymyr Zelensky", "Army Secretary Daniel Driscoll": a known person by surname,
        // when the given names (if any) are variants of the canonical ones.
        var words = key.Split(' ');
        var surname = words[^1];
        if (_canonicalBySurname.TryGetValue(surname, out var person) && !_ambiguousSurnames.Contains(surname))
        {
            var given = words.Length >= 2 ? words[^2] : null;
            var canonicalGiven = Key(person).Split(' ')[0];
            if (given is null || GivenNames.AreVariants(given, canonicalGiven) || !GivenNames.IsKnownGivenName(given))
            {
                return person;
            }
        }

        return null;
    }

    /// <summary>The canonical name of <paramref name="mention"/>, or the mention itself, tidied, when it is unknown.</summary>
    public string Resolve(string mention) => TryResolve(mention) ?? mention.Trim();

    /// <summary>Lower case, no diacritics or punctuation, and Slavic transliteration endings folded (-yy, -iy, -ii to -y).</summary>
    public static string Key(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (c is '\'' or '’' or '.')
            {
                // U.S. -> us, O'Brien -> obrien
            }
            else
            {
                builder.Append(' ');
            }
        }

        var words = builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(FoldTransliteration);
        return string.Join(' ', words);
    }

    private static string FoldTransliteration(string word)
    {
        if (word.Length > 4 && (word.EndsWith("yy", StringComparison.Ordinal) || word.EndsWith("iy", StringComparison.Ordinal) || word.EndsWith("ii", StringComparison.Ordinal) || word.EndsWith("yi", StringComparison.Ordinal)))
        {
            return word[..^2] + "y";
        }

        return word;
    }

    private static bool IsPersonName(string canonical) =>
        DefaultEntities.People.Contains(canonical) || canonical.Split(' ').All(w => w.Length > 0 && char.IsUpper(w[0]) && w.Any(char.IsLower));
}

/// <summary>A canonical entity name with the other names it goes by.</summary>
public sealed record GazetteerEntry(string Canonical, IReadOnlyList<string> Aliases);
