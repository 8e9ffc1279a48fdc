using Story.Entities;
using Story.Extraction;
using Story.Extraction.Linking;
using Story.Facts;

namespace Story.Tests.Extraction;

/// <summary>How candidates are linked to the claims a story already holds.</summary>
public class LinkingTests
{
    private const string StoryId = "port-story";

    private static ReportIngestor Ingestor() => new(Gazetteer.CreateDefault());

    [Fact]
    public void Plan_ContrastingDenial_DisputesTheClaimOfTheClauseBeforeIt()
    {
        var text = "The proposal was drafted with input from the Marseille port authority, though Paris publicly denies any role in it.\n";

        var plan = Ingestor().Plan(Reports.Report(text, Reports.StrikeDay), StoryId, []);

        var claim = Assert.Single(plan.Facts.OfType<ClaimReported>());
        var dispute = Assert.Single(plan.Facts.OfType<ClaimDisputed>());
        Assert.Equal(claim.ClaimId, dispute.ClaimId);
        Assert.StartsWith("though Paris publicly denies", dispute.Quote.Text, StringComparison.Ordinal);
        Assert.Contains("denial", dispute.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_SynonymsAndPhrases_LinkAParaphraseToTheKnownClaim()
    {
        // Given a story that says the deal requires the rebels to surrender territory and cut their armed forces
        var ingestor = Ingestor();
        var first = ingestor.Plan(Reports.Report("The draft deal would require the rebels to surrender territory and reduce their armed forces, according to two diplomats.\n", Reports.StrikeDay), StoryId, []);

        // When another report says "give up land" and "slash the size of their military"
        var second = ingestor.Plan(
            Reports.Report("Mediators said the agreement would oblige the rebels to give up land and slash the size of their military.\n", Reports.StrikeDay.AddDays(1)),
            StoryId,
            KnownClaimsProjection.From(first.Facts));

        // Then each of its claims corroborates the matching one
        var territory = Assert.Single(first.NewClaims, c => c.Quote.Text.Contains("territory", StringComparison.Ordinal));
        var forces = Assert.Single(first.NewClaims, c => c.Quote.Text.Contains("armed forces", StringComparison.Ordinal));
        var corroborations = second.Facts.OfType<ClaimCorroborated>().ToList();
        Assert.Contains(corroborations, c => c.ClaimId == territory.ClaimId && c.Quote.Text.Contains("give up land", StringComparison.Ordinal));
        Assert.Contains(corroborations, c => c.ClaimId == forces.ClaimId && c.Quote.Text.Contains("military", StringComparison.Ordinal));
    }

    [Fact]
    public void Plan_RefusalOfAProposal_IsNotTheProposalsClaimAgain()
    {
        // Given a story that says the plan calls for cuts to the navy
        var ingestor = Ingestor();
        var first = ingestor.Plan(Reports.Report("The plan calls for deep cuts to the size of the navy, officials said.\n", Reports.StrikeDay), StoryId, []);

        // When a report says a minister rejected the proposal to cut the navy
        var second = ingestor.Plan(Reports.Report("Defence Minister Joao Silva rejected the proposal to cut the size of the navy.\n", Reports.StrikeDay.AddDays(1)), StoryId, KnownClaimsProjection.From(first.Facts));

        // Then that is a claim of its own (a stance taken), neither a corroboration nor a dispute of the plan's content
        Assert.Empty(second.Facts.OfType<ClaimCorroborated>());
        Assert.Empty(second.Facts.OfType<ClaimDisputed>());
        Assert.Single(second.NewClaims);
    }

    [Fact]
    public void Plan_DeclinedToCommentAndHasNotCommented_AreOneClaim()
    {
        var ingestor = Ingestor();
        var first = ingestor.Plan(Reports.Report("The Elysee Palace declined to comment.\n", Reports.StrikeDay), StoryId, []);

        var second = ingestor.Plan(Reports.Report("The Elysee Palace has not commented on the strike.\n", Reports.StrikeDay.AddDays(1)), StoryId, KnownClaimsProjection.From(first.Facts));

        var claim = Assert.Single(first.NewClaims);
        var corroboration = Assert.Single(second.Facts.OfType<ClaimCorroborated>());
        Assert.Equal(claim.ClaimId, corroboration.ClaimId);
    }
}
