namespace Story.Extraction.Language;

/// <summary>A word of a text with its exact UTF-16 offsets (End exclusive).</summary>
public readonly record struct Word(string Text, int Start, int End)
{
    public string Lower => Text.ToLowerInvariant();

    public bool IsCapitalised => Text.Length > 0 && char.IsUpper(Text[0]);
}
