namespace Story.Extraction.Language;

/// <summary>
/// Folds the inflections that differ between two reports of one claim (plural, -ed, -ing, -ly, a final e),
/// so that "concessions" meets "concession" and "proposed" meets "propose". Deliberately light: it never
/// has to produce a real word, only the same key for the same word in both texts.
/// </summary>
public static class LightStemmer
{
    public static string Stem(string lowerWord)
    {
        var w = lowerWord;
        if (w.Length <= 3)
        {
            return w;
        }

        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4)
        {
            w = w[..^3] + "y";
        }
        else if (w.EndsWith("sses", StringComparison.Ordinal))
        {
            w = w[..^2];
        }
        else if (w.EndsWith("ches", StringComparison.Ordinal) || w.EndsWith("shes", StringComparison.Ordinal) || w.EndsWith("xes", StringComparison.Ordinal))
        {
            w = w[..^2];
        }
        else if (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal) && !w.EndsWith("is", StringComparison.Ordinal))
        {
            w = w[..^1];
        }

        if (w.EndsWith("ied", StringComparison.Ordinal) && w.Length > 4)
        {
            w = w[..^3] + "y";
        }
        else if (w.EndsWith("eed", StringComparison.Ordinal))
        {
            w = w[..^1];
        }
        else if (w.EndsWith("ed", StringComparison.Ordinal) && w.Length > 4)
        {
            w = w[..^2];
        }
        else if (w.EndsWith("ing", StringComparison.Ordinal) && w.Length > 5)
        {
            w = w[..^3];
        }
        else if (w.EndsWith("ly", StringComparison.Ordinal) && w.Length > 5)
        {
            w = w[..^2];
        }

        // "proposed" -> "propos", "propose" -> "propos"; "stopping" -> "stopp" -> "stop".
        if (w.Length > 4 && w[^1] == w[^2] && w[^1] is not ('l' or 's' or 'e'))
        {
            w = w[..^1];
        }

        if (w.Length > 4 && w.EndsWith('e'))
        {
            w = w[..^1];
        }

        return w;
    }
}
