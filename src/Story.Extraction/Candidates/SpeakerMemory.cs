namespace Story.Extraction.Candidates;

/// <summary>
/// Resolves "he said" / "she noted" / "it added" / a quotation standing alone to the source the report last named:
/// the most recent speaker, or a person who has since become the subject of a sentence ("Zelenskiy held talks ...
/// “...,” he said.").
/// </summary>
internal sealed class SpeakerMemory
{
    private (string Name, int Sentence, bool IsPerson)? _speaker;
    private (string Name, int Sentence)? _subjectPerson;

    public void Spoke(string source, int sentence, bool isPerson) => _speaker = (source, sentence, isPerson);

    public void Subject(string person, int sentence) => _subjectPerson = (person, sentence);

    /// <summary>The last named speaker, for a quotation with no attribution of its own.</summary>
    public string? LastSpeaker => _speaker?.Name;

    public bool LastSpeakerIsPerson => _speaker?.IsPerson ?? false;

    /// <summary>Who a pronoun stands for, and whether that is a person; null when the report named no one yet.</summary>
    public (string Name, bool IsPerson)? Resolve(string pronoun)
    {
        var lower = pronoun.ToLowerInvariant();
        if (lower is "it" or "they" or "them")
        {
            return _speaker is { } any ? (any.Name, any.IsPerson) : null;
        }

        var speaker = _speaker is { IsPerson: true } s ? s : ((string Name, int Sentence, bool IsPerson)?)null;
        if (_subjectPerson is { } p && (speaker is null || p.Sentence > speaker.Value.Sentence))
        {
            return (p.Name, true);
        }

        return speaker is { } person ? (person.Name, true) : _speaker is { } other ? (other.Name, other.IsPerson) : null;
    }
}
