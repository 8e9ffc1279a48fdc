using Story.Extraction.Candidates;
using Story.Extraction.Entities;
using Story.Extraction.Language;
using Story.Extraction.Numbers;

namespace Story.Extraction.Linking;

/// <summary>
/// What a claim text offers for comparison: its content words, lightly stemmed and without function words or the
/// words of attribution; the entities it names; its numbers, normalised; and where it negates.
/// </summary>
internal sealed record ClaimFeatures(
    IReadOnlyList<string> StemSequence,
    IReadOnlySet<string> Stems,
    IReadOnlySet<string> Entities,
    IReadOnlyList<NumberMention> Numbers,
    IReadOnlyList<(string Cue, int Position)> Negations)
{
    /// <summary>Verbs of refusal used as acts ("rejected the proposal"): the sentence reports a stance taken.</summary>
    public IReadOnlySet<string> Refusals { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>
    /// Whether one text reports a refusal the other does not share: "another diplomat rejected the proposal that
    /// Ukraine reduce its military" is a claim about the diplomat, not the proposal's claim again.
    /// </summary>
    public bool TakesStanceAbsentFrom(ClaimFeatures other) =>
        Refusals.Any(r => !other.Stems.Contains(r)) || other.Refusals.Any(r => !Stems.Contains(r));

    public static ClaimFeatures Of(string content, EntityRecognizer recognizer, IEnumerable<string>? extraEntities = null)
    {
        // Names count once, as entities (where "Zelenskiy" and "Zelensky" are one), not again as words.
        var mentions = recognizer.Find(content);
        var sequence = new List<string>();
        var negations = new List<(string, int)>();
        var refusals = new HashSet<string>(StringComparer.Ordinal);
        var words = Words.Of(content);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var bare = Words.Bare(word.Text);
            if (i + 1 < words.Count && Synonyms.Phrase(bare, Words.Bare(words[i + 1].Text)) is { } phrase
                && !mentions.Any(m => m.Start <= word.Start && word.End <= m.End))
            {
                sequence.Add(phrase);
                i++;
                continue;
            }

            if (Negation.IsCue(words, i))
            {
                if (!Negation.IsCancelled(words, i))
                {
                    negations.Add((bare, sequence.Count));
                }

                // "denied", "declined": a verb that negates is also what the sentence is about.
                if (Negation.IsVerb(bare))
                {
                    sequence.Add(Synonyms.Fold(LightStemmer.Stem(bare)));
                }

                continue;
            }

            if (Negation.IsVerb(bare))
            {
                // "rejected the proposal": an act, not a negation of what follows.
                sequence.Add(Synonyms.Fold(LightStemmer.Stem(bare)));
                refusals.Add(Synonyms.Fold(LightStemmer.Stem(bare)));
                continue;
            }

            if (Negation.Unprefixed(bare) is { } root)
            {
                // "unchanged" is "not changed": a negation, and the change it negates.
                negations.Add((bare, sequence.Count));
                sequence.Add(Synonyms.Fold(LightStemmer.Stem(root)));
                continue;
            }

            if (IsNumeric(bare) || mentions.Any(m => m.Start <= word.Start && word.End <= m.End + 2))
            {
                continue;
            }

            // "U.S.-drafted" is the United States (an entity) and "drafted"; "full-scale" is "full" and "scale".
            foreach (var part in bare.Split('-', StringSplitOptions.RemoveEmptyEntries))
            {
                if (part.Length < 2 || StopWords.Contains(part) || SpeechVerbs.IsAttributionWord(part) || ApproximationWords.Contains(part)
                    || (part.Length < bare.Length && recognizer.Gazetteer.TryResolve(part) is not null))
                {
                    continue;
                }

                sequence.Add(Synonyms.Fold(LightStemmer.Stem(part)));
            }
        }

        var entities = EntityRecognizer.Canonicals(mentions).Concat(extraEntities ?? []).ToHashSet(StringComparer.Ordinal);
        return new ClaimFeatures(sequence, sequence.ToHashSet(StringComparer.Ordinal), entities, NumberFinder.FindAll(content), negations) { Refusals = refusals };
    }

    public static ClaimFeatures Union(IReadOnlyList<ClaimFeatures> all) => new(
        all.SelectMany(f => f.StemSequence).ToList(),
        all.SelectMany(f => f.Stems).ToHashSet(StringComparer.Ordinal),
        all.SelectMany(f => f.Entities).ToHashSet(StringComparer.Ordinal),
        all.SelectMany(f => f.Numbers).ToList(),
        []);

    // "nearly", "around": they hedge a number, which is compared as a number.
    private static readonly HashSet<string> ApproximationWords = new(StringComparer.Ordinal)
    {
        "nearly", "around", "almost", "roughly", "approximately", "about", "some", "estimated",
    };

    private static bool IsNumeric(string word) =>
        word.Any(char.IsDigit) || word.Split('-').Any(part => NumberWords.IsNumberWord(part) || NumberWords.TryDenominator(part, out _));
}
