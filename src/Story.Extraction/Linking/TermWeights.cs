namespace Story.Extraction.Linking;

/// <summary>
/// Inverse document frequency over the known claims: a word or entity that most claims share (the story's own
/// subject: "Ukraine", "plan") says little about which claim a sentence repeats.
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

    // Smoothed: with few known claims every word weighs about the same; with many, the story's own subject
    // (in half the claims) weighs a third of a word that only one claim uses.
    private double Idf(string term) => 1.0 + Math.Log((_documents + 1.0) / (_documentFrequency.GetValueOrDefault(term) + 1.0));

    private static string EntityTerm(string canonical) => "entity:" + canonical;
}
