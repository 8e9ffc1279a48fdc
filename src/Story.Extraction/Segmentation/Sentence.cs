namespace Story.Extraction.Segmentation;

/// <summary>A sentence of a report: <see cref="Text"/> equals the report text from <see cref="Start"/> to
/// <see cref="End"/> (exclusive, UTF-16). <see cref="EndsLine"/> is true when a line break (or the end of the text)
/// ended it; without <see cref="HasFinalPunctuation"/> such a line is a headline, a sub-heading or a promo line.</summary>
public sealed record Sentence(int Start, int End, string Text, bool EndsLine, int Index)
{
    public bool HasFinalPunctuation
    {
        get
        {
            var trimmed = Text.TrimEnd('”', '"', '’', '\'', ')', ']');
            return trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?' or '…' or ':';
        }
    }
}
