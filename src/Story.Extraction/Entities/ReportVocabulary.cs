using Story.Extraction.Language;

namespace Story.Extraction.Entities;

/// <summary>The words a report uses in lower case: a capitalised sentence-initial word that the report also writes
/// in lower case ("News", "Despite") is an ordinary word, not a name.</summary>
public sealed class ReportVocabulary
{
    private readonly HashSet<string> _lowerCaseWords;
    private readonly HashSet<string> _capitalisedMidSentence;

    private ReportVocabulary(HashSet<string> lowerCaseWords, HashSet<string> capitalisedMidSentence)
    {
        _lowerCaseWords = lowerCaseWords;
        _capitalisedMidSentence = capitalisedMidSentence;
    }

    public static ReportVocabulary Empty { get; } = new([], []);

    public static ReportVocabulary Of(string text)
    {
        var lower = new HashSet<string>(StringComparer.Ordinal);
        var capitalised = new HashSet<string>(StringComparer.Ordinal);
        var words = Words.Of(text);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (char.IsLower(word.Text[0]))
            {
                lower.Add(Words.Bare(word.Text));
            }
            else if (i > 0 && char.IsUpper(word.Text[0]) && !EndsSentence(text[words[i - 1].End..word.Start]))
            {
                capitalised.Add(Words.Bare(word.Text));
            }
        }

        return new ReportVocabulary(lower, capitalised);
    }

    public bool UsesInLowerCase(string word) => _lowerCaseWords.Contains(Words.Bare(word));

    /// <summary>Whether the report capitalises the word where no sentence starts: a name, not an opener.</summary>
    public bool CapitalisesMidSentence(string word) => _capitalisedMidSentence.Contains(Words.Bare(word));

    private static bool EndsSentence(string between) => between.Any(c => c is '.' or '!' or '?' or '\n' or '“' or '"' or ':');
}
