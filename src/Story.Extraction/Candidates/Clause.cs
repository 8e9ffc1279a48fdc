namespace Story.Extraction.Candidates;

/// <summary>A clause of a sentence ([Start, End) into the report text) and how it joins the clause before it.</summary>
internal sealed record Clause(int Start, int End, ClauseLink Link);

/// <summary>How a clause relates to the previous clause of its sentence.</summary>
internal enum ClauseLink
{
    /// <summary>The sentence's first clause, or one that stands on its own ("; other analysts argue ...").</summary>
    Independent,
    /// <summary>Said by the same source: ", adding that ...", ", and that ...", ", and insisted that ...".</summary>
    SameSource,
    /// <summary>A contrasting clause with its own subject: ", though Moscow denies ...".</summary>
    Contrast,
}
