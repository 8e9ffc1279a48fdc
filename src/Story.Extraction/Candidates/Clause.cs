namespace Story.Extraction.Candidates;

/// <summary>
/// A clause of a sentence ([Start, End) into the report text), how it joins the clause before it, and the words
/// its statement needs in front of it when the clause does not name its own subject: "and is expected to meet ..."
/// reads "Zelenskiy is expected to meet ..."; the second item of "the plan calls for cuts ... and the surrender of
/// some weapons systems" reads "the plan also calls for the surrender of some weapons systems".
/// </summary>
internal sealed record Clause(int Start, int End, ClauseLink Link, string? Prefix = null);

/// <summary>How a clause relates to the previous clause of its sentence.</summary>
internal enum ClauseLink
{
    /// <summary>The sentence's first clause, or one that stands on its own ("; other analysts argue ...").</summary>
    Independent,
    /// <summary>Said by the same source: ", adding that ...", ", and that ...", "... and is expected to ...", a further item of a list.</summary>
    SameSource,
    /// <summary>A contrasting clause with its own subject: ", though Moscow denies ...".</summary>
    Contrast,
}
