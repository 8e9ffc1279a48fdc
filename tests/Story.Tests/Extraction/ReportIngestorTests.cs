using System.Security.Cryptography;
using System.Text;
using Story.Entities;
using Story.Extraction;
using Story.Extraction.Linking;
using Story.Facts;

namespace Story.Tests.Extraction;

public class ReportIngestorTests
{
    private const string StoryId = "marseille-strike";

    private static ReportIngestor Ingestor() => new(Gazetteer.CreateDefault());

    [Fact]
    public void ContentHash_Of_IsTheSha256OfTheUtf8TextExactlyAsGiven()
    {
        var text = "Zelenskyy’s office said so.\n";

        var expected = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

        Assert.Equal(expected, ContentHash.Of(text));
        Assert.NotEqual(ContentHash.Of(text), ContentHash.Of(text.TrimEnd()));
    }

    [Fact]
    public void Plan_AnyReport_StartsWithReportPublishedThenClaimsInTextOrder()
    {
        var report = Reports.Report(Reports.StrikeFirst, Reports.StrikeDay, source: "Wire") with { Title = "Dock strike", Url = "https://example.org/strike" };

        var plan = Ingestor().Plan(report, StoryId, []);

        var published = Assert.IsType<ReportPublished>(plan.Facts[0]);
        Assert.Same(plan.Report, published);
        Assert.Equal("r-" + ContentHash.Of(Reports.StrikeFirst)["sha256:".Length..][..12], published.ReportId);
        Assert.Equal(published.ReportId, ReportIds.ForText(Reports.StrikeFirst));
        Assert.Equal((StoryId, "Wire", "Dock strike", Reports.StrikeDay, Reports.StrikeFirst), (published.StoryId, published.Source, published.Title, published.PublishedAt, published.Text));
        var claims = plan.Facts.Skip(1).Cast<ClaimReported>().ToList();
        Assert.Equal(plan.Decisions.Count, claims.Count);
        Assert.Equal(claims.Select(c => c.Quote.Start).Order(), claims.Select(c => c.Quote.Start));
        Assert.All(claims, c => Assert.True(c.Quote.Matches(Reports.StrikeFirst)));
        Assert.All(claims, c => Assert.Equal((published.ReportId, Reports.StrikeDay), (c.ReportId, c.ReportedAt)));
    }

    [Fact]
    public void Plan_SameTextTwice_GivesTheSameReportIdAndClaimIds()
    {
        var first = Ingestor().Plan(Reports.Report(Reports.StrikeFirst, Reports.StrikeDay), StoryId, []);
        var second = Ingestor().Plan(Reports.Report(Reports.StrikeFirst, Reports.StrikeDay.AddHours(1), source: "another outlet"), StoryId, []);

        Assert.Equal(first.Report.ReportId, second.Report.ReportId);
        Assert.Equal(first.NewClaims.Select(c => c.ClaimId), second.NewClaims.Select(c => c.ClaimId));
        Assert.All(first.NewClaims, c => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*-[0-9a-f]{6}$", c.ClaimId));
    }

    [Fact]
    public void Plan_SecondReportSharingAClaim_CorroboratesItWithAnExactQuote()
    {
        // Given a first report, now in the story
        var ingestor = Ingestor();
        var first = ingestor.Plan(Reports.Report(Reports.StrikeFirst, Reports.StrikeDay), StoryId, []);
        var walkout = Assert.Single(first.NewClaims, c => c.Quote.Text.Contains("walked off the job", StringComparison.Ordinal));

        // When a second report makes the same claim in other words (19% for "nearly one-fifth")
        var second = ingestor.Plan(Reports.Report(Reports.StrikeSecond, Reports.StrikeDay.AddDays(1)), StoryId, KnownClaimsProjection.From(first.Facts));

        // Then it corroborates that claim, quoting its own words exactly
        var corroborated = Assert.Single(second.Facts.OfType<ClaimCorroborated>(), c => c.ClaimId == walkout.ClaimId);
        Assert.Equal(second.Report.ReportId, corroborated.ReportId);
        Assert.Equal(Reports.StrikeSecond.Substring(corroborated.Quote.Start, corroborated.Quote.Length), corroborated.Quote.Text);
        Assert.Contains("walked off the job", corroborated.Quote.Text, StringComparison.Ordinal);

        // And the claim of the same sentence that gives a number, with the number agreeing in other words
        var halting = Assert.Single(first.NewClaims, c => c.Quote.Text.Contains("one-fifth", StringComparison.Ordinal));
        var decision = Assert.Single(second.Decisions, d => d.Kind == LinkDecisionKind.Corroboration && d.ClaimId == halting.ClaimId);
        Assert.Equal(halting.ClaimId, decision.Evidence.MatchedClaimId);
        Assert.Contains(decision.Evidence.SharedNumbers, n => n.Contains("19%", StringComparison.Ordinal) && n.Contains("20%", StringComparison.Ordinal));
        Assert.Contains("France", decision.Evidence.SharedEntities);
        Assert.All(second.Facts.OfType<ClaimCorroborated>(), c => Assert.True(c.Quote.Matches(Reports.StrikeSecond), c.Quote.Text));
    }

    [Fact]
    public void Plan_ReportDenyingAClaim_DisputesIt()
    {
        var ingestor = Ingestor();
        var first = ingestor.Plan(Reports.Report(Reports.StrikeFirst, Reports.StrikeDay), StoryId, []);
        var collapse = Assert.Single(first.NewClaims, c => c.Quote.Text.Contains("talks with the port authority collapsed", StringComparison.Ordinal));

        var second = ingestor.Plan(Reports.Report(Reports.StrikeSecond, Reports.StrikeDay.AddDays(1)), StoryId, KnownClaimsProjection.From(first.Facts));

        var disputed = Assert.Single(second.Facts.OfType<ClaimDisputed>());
        Assert.Equal(collapse.ClaimId, disputed.ClaimId);
        Assert.Contains("denied", disputed.Quote.Text, StringComparison.Ordinal);
        Assert.True(disputed.Quote.Matches(Reports.StrikeSecond));
        Assert.Contains("negation", disputed.Reason, StringComparison.Ordinal);
        Assert.Equal("The port authority", disputed.Attribution);
    }

    [Fact]
    public void Plan_DifferentNumberForTheSameMeasure_DisputesTheClaim()
    {
        var known = new KnownClaim("leaked-28-point-draft", "The leaked draft is a 28-point plan to end the war.", ["Ukraine"], null,
            ["The leaked draft is a 28-point plan to end the war, officials in Kyiv said."]);
        var text = "The leaked draft is a 20-point plan to end the war, diplomats in Kyiv said on Friday.";

        var plan = Ingestor().Plan(Reports.Report(text, Reports.StrikeDay), StoryId, [known]);

        var decision = Assert.Single(plan.Decisions);
        Assert.Equal(LinkDecisionKind.Dispute, decision.Kind);
        Assert.Contains(decision.Evidence.Contradictions, c => c.Contains("20-point", StringComparison.Ordinal) && c.Contains("28-point", StringComparison.Ordinal));
        Assert.Equal("leaked-28-point-draft", Assert.IsType<ClaimDisputed>(plan.Facts[1]).ClaimId);
    }

    [Fact]
    public void Plan_TwoSentencesMatchingOneKnownClaim_CorroborateItOnceWithTheBest()
    {
        var known = new KnownClaim("marseille-walkout", "Port workers in Marseille walked off the job on Thursday.", ["France"], null,
            ["Port workers in Marseille walked off the job on Thursday, union leaders said."]);
        var text = "Port workers in Marseille walked off the job on Thursday, the union said.\n" +
                   "Girard said port workers in Marseille walked off the job on Thursday to protest the reform.\n";

        var plan = Ingestor().Plan(Reports.Report(text, Reports.StrikeDay), StoryId, [known]);

        var corroborated = Assert.Single(plan.Facts.OfType<ClaimCorroborated>());
        Assert.Equal("marseille-walkout", corroborated.ClaimId);
        Assert.StartsWith("Port workers", corroborated.Quote.Text, StringComparison.Ordinal);
        var repeat = Assert.Single(plan.Repeats);
        Assert.Equal("marseille-walkout", repeat.ClaimId);
    }

    [Fact]
    public void Plan_ReportRestatingItsOwnClaim_DoesNotCorroborateItself()
    {
        var text = "Port workers in Marseille walked off the job on Thursday over the pension reform, union leaders said.\n" +
                   "The port authority said container traffic was running normally at other French ports.\n" +
                   "Union leaders said port workers in Marseille walked off the job on Thursday because of the pension reform.\n";

        var plan = Ingestor().Plan(Reports.Report(text, Reports.StrikeDay), StoryId, []);

        Assert.Empty(plan.Facts.OfType<ClaimCorroborated>());
        Assert.Equal(2, plan.NewClaims.Count);
        var repeat = Assert.Single(plan.Repeats);
        Assert.Equal(plan.NewClaims[0].ClaimId, repeat.ClaimId);
        Assert.StartsWith("Union leaders said", repeat.Candidate.Quote.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_ReportSharingNothingWithKnownClaims_OnlyReportsNewClaims()
    {
        var ingestor = Ingestor();
        var first = ingestor.Plan(Reports.Report(Reports.StrikeFirst, Reports.StrikeDay), StoryId, []);
        var unrelated = "The central bank raised interest rates by a quarter point on Friday, its governor said.\n" +
                        "Inflation reached 4.1 percent in February, the statistics office said.\n";

        var plan = ingestor.Plan(Reports.Report(unrelated, Reports.StrikeDay), StoryId, KnownClaimsProjection.From(first.Facts));

        Assert.Equal(2, plan.Decisions.Count);
        Assert.All(plan.Decisions, d => Assert.Equal(LinkDecisionKind.NewClaim, d.Kind));
    }

    [Fact]
    public void KnownClaimsProjection_ReportedThenCorroborated_KeepsEveryQuote()
    {
        var ingestor = Ingestor();
        var first = ingestor.Plan(Reports.Report(Reports.StrikeFirst, Reports.StrikeDay), StoryId, []);
        var second = ingestor.Plan(Reports.Report(Reports.StrikeSecond, Reports.StrikeDay.AddDays(1)), StoryId, KnownClaimsProjection.From(first.Facts));
        var corroborated = second.Facts.OfType<ClaimCorroborated>().First();

        var known = KnownClaimsProjection.From(first.Facts.Concat(second.Facts));

        var claim = Assert.Single(known, k => k.ClaimId == corroborated.ClaimId);
        Assert.Equal(2, claim.Quotes.Count);
        Assert.Equal(corroborated.Quote.Text, claim.Quotes[1]);
        Assert.Equal(first.NewClaims.Count + second.NewClaims.Count, known.Count);
    }

    [Fact]
    public void Plan_InvalidReport_IsRejectedBeforeAnythingIsPlanned()
    {
        var rejected = Assert.Throws<ReportRejectedException>(() => Ingestor().Plan(Reports.Report("", Reports.StrikeDay), StoryId, []));

        Assert.Equal("Text", rejected.Field);
    }
}
