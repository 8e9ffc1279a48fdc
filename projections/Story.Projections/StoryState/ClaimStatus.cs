namespace Story.Projections;

/// <summary>
/// Where a claim stands, declared in rising precedence: when several apply, the last one wins
/// (Retracted over Corrected over Disputed over Corroborated over Reported).
/// </summary>
public enum ClaimStatus
{
    /// <summary>One report makes the claim.</summary>
    Reported,

    /// <summary>At least two distinct reports make the claim.</summary>
    Corroborated,

    /// <summary>A report contradicts the claim.</summary>
    Disputed,

    /// <summary>The claim's statement was corrected.</summary>
    Corrected,

    /// <summary>The claim was withdrawn.</summary>
    Retracted,
}
