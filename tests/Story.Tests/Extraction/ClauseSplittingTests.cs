using Story.Entities;
using Story.Extraction;
using Story.Extraction.Candidates;
using Story.Extraction.Entities;

namespace Story.Tests.Extraction;

/// <summary>Sentences that make several claims give one candidate per claim, each an exact span, each readable alone.</summary>
public class ClauseSplittingTests
{
    private static IReadOnlyList<ClaimCandidate> Extract(string text) =>
        new CandidateExtractor(new EntityRecognizer(Gazetteer.CreateDefault())).Extract(Reports.Report(text, Reports.StrikeDay));

    private static ClaimCandidate Containing(IReadOnlyList<ClaimCandidate> candidates, string quoteFragment) =>
        Assert.Single(candidates, c => c.Quote.Text.Contains(quoteFragment, StringComparison.Ordinal));

    [Fact]
    public void Extract_PlanListOfNouns_EachItemIsAClaimReadWithTheListHead()
    {
        var text = "Officials said the proposal also calls for cuts to the port's workforce and the sale of two container terminals.";

        var candidates = Extract(text);

        var sale = Containing(candidates, "the sale of two container terminals");
        Assert.Equal("the sale of two container terminals", sale.Quote.Text);
        Assert.Equal("The proposal also calls for the sale of two container terminals.", sale.Statement);
        Assert.Equal("Officials", sale.Attribution);
        Assert.DoesNotContain("sale", Containing(candidates, "cuts to the port").Quote.Text, StringComparison.Ordinal);
        Assert.All(candidates, c => Assert.True(c.Quote.Matches(text)));
    }

    [Fact]
    public void Extract_PlanListOfVerbPhrases_SplitsAtCommasAndTheFinalAnd()
    {
        var text = "The draft would oblige Lisbon to freeze public hiring, sell its stake in the airline, and raise the pension age.";

        var candidates = Extract(text);

        Assert.Equal(3, candidates.Count);
        Assert.Equal("sell its stake in the airline", candidates[1].Quote.Text);
        Assert.Equal("The draft would oblige Lisbon to raise the pension age.", candidates[2].Statement);
    }

    [Fact]
    public void Extract_AndJoiningTheNounsOfOnePhrase_IsNotSplit()
    {
        var text = "The agreement includes limits on the size and capabilities of the fishing fleet.";

        var candidate = Assert.Single(Extract(text));

        Assert.Contains("size and capabilities", candidate.Quote.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_SecondPredicateOfTheSameSubject_IsAClaimWithThatSubject()
    {
        var text = "Prime Minister Ana Costa held talks on Tuesday in Madrid with Spanish officials and is expected to visit Rome on Friday.";

        var candidates = Extract(text);

        var visit = Containing(candidates, "is expected to visit Rome");
        Assert.StartsWith("is expected", visit.Quote.Text, StringComparison.Ordinal);
        Assert.Equal("Prime Minister Ana Costa is expected to visit Rome on Friday.", visit.Statement);
        Assert.DoesNotContain("Rome", Containing(candidates, "held talks").Quote.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_RelativeClauseOfAPlan_IsReadWithThePlanAsItsSubject()
    {
        var text = "The union has rejected a government framework to end the dispute, one that would require dockers to work on Sundays, according to two people familiar with the talks.";

        var candidates = Extract(text);

        var sundays = Containing(candidates, "work on Sundays");
        Assert.StartsWith("one that would require", sundays.Quote.Text, StringComparison.Ordinal);
        Assert.Equal("The framework would require dockers to work on Sundays.", sundays.Statement);
        Assert.Equal("two people familiar with the talks", sundays.Attribution);
        Assert.Equal("two people familiar with the talks", Containing(candidates, "rejected a government framework").Attribution);
    }

    [Fact]
    public void Extract_ParentheticalParticiple_ParenthesisAndPredicateAreTwoClaims()
    {
        var text = "The plan, drafted by the Marseille city council in talks with the port authority, stirred protests among dockers in Marseille.";

        var candidates = Extract(text);

        Assert.Equal("The plan was drafted by the Marseille city council in talks with the port authority.", Containing(candidates, "drafted by").Statement);
        var protests = Containing(candidates, "stirred protests");
        Assert.StartsWith("stirred", protests.Quote.Text, StringComparison.Ordinal);
        Assert.Equal("The plan stirred protests among dockers in Marseille.", protests.Statement);
    }

    [Fact]
    public void Extract_ContrastingDenial_IsMarkedAsDisputingTheClauseBeforeIt()
    {
        var text = "The proposal was drafted with input from the Marseille port authority, though Paris publicly denies any role in it.";

        var candidates = Extract(text);

        Assert.Equal(2, candidates.Count);
        Assert.False(candidates[0].DisputesPrevious);
        Assert.True(candidates[1].DisputesPrevious);
    }
}
