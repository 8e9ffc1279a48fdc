namespace Story.Facts;

/// <summary>What a fact is about: the claim it touches and the report it is or cites.</summary>
public static class FactSubjects
{
    /// <summary>The claim a fact is about; null for a report.</summary>
    public static string? ClaimIdOf(Fact fact) => fact switch
    {
        ClaimReported f => f.ClaimId,
        ClaimCorroborated f => f.ClaimId,
        ClaimDisputed f => f.ClaimId,
        ClaimCorrected f => f.ClaimId,
        ClaimRetracted f => f.ClaimId,
        _ => null,
    };

    /// <summary>The report a fact is or cites; null for a desk correction or retraction.</summary>
    public static string? ReportIdOf(Fact fact) => fact switch
    {
        ReportPublished f => f.ReportId,
        ClaimReported f => f.ReportId,
        ClaimCorroborated f => f.ReportId,
        ClaimDisputed f => f.ReportId,
        ClaimCorrected f => f.ReportId,
        ClaimRetracted f => f.ReportId,
        _ => null,
    };
}
