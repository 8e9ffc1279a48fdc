namespace Story.Audit;

/// <summary>The result of recomputing the hash chain.</summary>
/// <param name="Checked">How many events were checked.</param>
/// <param name="FirstBadPosition">The first position whose stored hash or link does not hold, if any.</param>
/// <param name="Problem">What is wrong there.</param>
/// <param name="HeadHash">The hash of the last event checked: quote it to pin the log as verified.</param>
public sealed record ChainVerification(long Checked, long? FirstBadPosition, string? Problem, string? HeadHash)
{
    public bool IsIntact => FirstBadPosition is null;
}
