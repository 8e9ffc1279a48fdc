namespace Story.Extraction.Linking;

/// <summary>
/// Inverse document frequency over the claims being compared: a word or entity that most claims share (the
/// story's own subject: "Ukraine", "plan") says little about which claim a sentence repeats.
/// </summary>
internal sealed class TermWeights
{
    private readonly Dictionary<string, int> _documentFrequency = new(StringComparer.Ordinal);
    private readonly int _documents;

    public TermWeights(IEnumerable<ClaimFeatures> documents)
    {
        foreach (var document in documents)
        {
            _documents++;
            foreach (var term in document.Stems.Concat(document.Entities.Select(EntityTerm)))
            {
                _documentFrequency[term] = _documentFrequency.GetValueOrDefault(term) + 1;
            }
        }
    }

    public double Word(string stem) => Idf(stem);

    public double Entity(string canonical) => Idf(EntityTerm(canonical));

    // Unsmoothed enough that the story's own subject (in half the claims) weighs a fraction of a distinctive word.
    private double Idf(string term) => Math.Max(MinimumWeight, Math.Log((_documents + 1.0) / (_documentFrequency.GetValueOrDefault(term) + 0.5)));

    private const double MinimumWeight = 0.1;

    private static string EntityTerm(string canonical) => "entity:" + canonical;
}
