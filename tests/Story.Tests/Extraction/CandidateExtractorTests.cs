using Story.Entities;
using Story.Extraction;
using Story.Extraction.Candidates;
using Story.Extraction.Entities;
using Story.Facts;

namespace Story.Tests.Extraction;

public class CandidateExtractorTests
{
    private static IReadOnlyList<ClaimCandidate> Extract(string text) =>
        new CandidateExtractor(new EntityRecognizer(Gazetteer.CreateDefault())).Extract(Reports.Report(text, Reports.StrikeDay));

    private static ClaimCandidate Containing(IReadOnlyList<ClaimCandidate> candidates, string quoteFragment) =>
        Assert.Single(candidates, c => c.Quote.Text.Contains(quoteFragment, StringComparison.Ordinal));

    [Fact]
    public void Extract_WrittenReport_EveryQuoteIsAnExactSpanOfTheText()
    {
        var candidates = Extract(Reports.StrikeFirst);

        Assert.NotEmpty(candidates);
        Assert.All(candidates, c => Assert.True(c.Quote.Matches(Reports.StrikeFirst), $"quote [{c.Quote.Start},{c.Quote.End}) does not match: {c.Quote.Text}"));
    }

    [Fact]
    public void Extract_TrailingSaidClause_AttributesToTheSourceAsNamed()
    {
        var candidate = Containing(Extract(Reports.StrikeFirst), "walked off the job");

        Assert.Equal("union leaders", candidate.Attribution);
        Assert.Equal(Hedging.Attributed, candidate.Hedging);
        Assert.Equal(ClaimKinds.Attributed, candidate.Kind);
        Assert.StartsWith("Port workers in Marseille walked off the job on Thursday", candidate.Statement, StringComparison.Ordinal);
        Assert.Contains("Marseille", candidate.Entities);
        Assert.Equal(new DateTimeOffset(2025, 3, 13, 0, 0, 0, TimeSpan.Zero), candidate.OccurredAt?.Value);
    }

    [Fact]
    public void Extract_ParticipleClauseBeforeTrailingSaid_IsAClaimOfItsOwnBySameSource()
    {
        var candidates = Extract(Reports.StrikeFirst);

        var halting = Containing(candidates, "halting nearly one-fifth");

        Assert.DoesNotContain("walked off", halting.Quote.Text, StringComparison.Ordinal);
        Assert.Equal("union leaders", halting.Attribution);
        Assert.Contains("France", halting.Entities);
    }

    [Fact]
    public void Extract_AccordingToPeopleFamiliar_AttributesToThem()
    {
        var candidate = Containing(Extract(Reports.StrikeFirst), "talks with the port authority collapsed");

        Assert.Equal("two people familiar with the negotiations", candidate.Attribution);
        Assert.Equal(Hedging.Attributed, candidate.Hedging);
        Assert.Equal("The strike was called after talks with the port authority collapsed on Wednesday.", candidate.Statement);
    }

    [Fact]
    public void Extract_QuotedSpeechWithSpeaker_IsQuotedAndAttributedToTheSpeaker()
    {
        var candidate = Containing(Extract(Reports.StrikeFirst), "We will not return");

        Assert.Equal(ClaimKinds.Quoted, candidate.Kind);
        Assert.Equal("union spokesman Paul Girard", candidate.Attribution);
        Assert.Equal("We will not return until the pension reform is withdrawn. Not one day earlier.", candidate.Statement);
        Assert.EndsWith("told reporters.", candidate.Quote.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_ProposalWould_IsPlanContentInTheReportsOwnVoice()
    {
        var candidate = Containing(Extract(Reports.StrikeFirst), "proposal would raise");

        Assert.Equal(ClaimKinds.PlanContent, candidate.Kind);
        Assert.Equal(ClaimKinds.OwnVoice, candidate.Attribution);
        Assert.Equal(Hedging.Asserted, candidate.Hedging);
    }

    [Fact]
    public void Extract_PronounSpeaker_ResolvesToTheLastNamedSpeaker()
    {
        var candidates = Extract(Reports.StrikeFirst);

        Assert.Equal("Transport Minister Claire Dumont", Containing(candidates, "said in a statement").Attribution);
        var added = Containing(candidates, "She added");
        Assert.Equal("Transport Minister Claire Dumont", added.Attribution);
        Assert.Equal("The ministry would not reopen the negotiations.", added.Statement);
    }

    [Fact]
    public void Extract_HedgingWords_SetTheHedging()
    {
        var candidates = Extract(Reports.StrikeFirst + "The union has officially confirmed that the strike will continue through the weekend.\n");

        Assert.Equal(Hedging.Reportedly, Containing(candidates, "reportedly met").Hedging);
        Assert.Equal(Hedging.Alleged, Containing(candidates, "alleged sabotage").Hedging);
        Assert.Equal("police", Containing(candidates, "alleged sabotage").Attribution);
        Assert.Equal(Hedging.Confirmed, Containing(candidates, "officially confirmed").Hedging);
    }

    [Fact]
    public void Extract_PromoLinesAndShortHeadlines_AreSkipped()
    {
        var candidates = Extract(Reports.StrikeFirst);

        Assert.DoesNotContain(candidates, c => c.Quote.Text.Contains("Also Read", StringComparison.Ordinal));
        Assert.DoesNotContain(candidates, c => c.Quote.Text.Contains("WhatsApp", StringComparison.Ordinal));
        Assert.DoesNotContain(candidates, c => c.Quote.Text.StartsWith("Dock workers strike", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_SaidThatAddingThat_MakesTwoClaimsFromOneSource()
    {
        var text = "Foreign Minister Ana Ruiz said the ceasefire would hold, adding that observers would arrive on Monday.";

        var candidates = Extract(text);

        Assert.Equal(2, candidates.Count);
        Assert.All(candidates, c => Assert.Equal("Foreign Minister Ana Ruiz", c.Attribution));
        Assert.Equal("The ceasefire would hold.", candidates[0].Statement);
        Assert.Equal("Observers would arrive on Monday.", candidates[1].Statement);
        Assert.All(candidates, c => Assert.True(c.Quote.Matches(text)));
    }

    [Fact]
    public void Extract_QuotationStandingAlone_IsAttributedToTheLastSpeaker()
    {
        var text = "“The ceasefire is holding in the north,” army spokesman Ivan Petrenko said on Monday.\n" +
                   "“There were no violations overnight along the whole front line.”\n";

        var candidates = Extract(text);

        Assert.Equal(2, candidates.Count);
        Assert.All(candidates, c => Assert.Equal(ClaimKinds.Quoted, c.Kind));
        Assert.All(candidates, c => Assert.Equal("army spokesman Ivan Petrenko", c.Attribution));
        Assert.Equal("There were no violations overnight along the whole front line.", candidates[1].Statement);
    }

    [Fact]
    public void Extract_SpeculationWithoutASource_IsNotAClaim()
    {
        var candidates = Extract("The coming days are likely to see intensive diplomacy in Geneva and Paris.");

        Assert.Empty(candidates);
    }
}
