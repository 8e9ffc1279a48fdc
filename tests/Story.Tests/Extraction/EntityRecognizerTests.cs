using Story.Entities;
using Story.Extraction;
using Story.Extraction.Entities;

namespace Story.Tests.Extraction;

public class EntityRecognizerTests
{
    private readonly EntityRecognizer _recognizer = new(Gazetteer.CreateDefault());

    private IReadOnlyList<string> Canonicals(string sentence) => EntityRecognizer.Canonicals(_recognizer.Find(sentence));

    [Fact]
    public void Find_TransliterationVariantsAndTitles_ResolveToCanonicalNames()
    {
        var entities = Canonicals("President Volodymyr Zelenskiy met Turkish President Tayyip Erdogan in Ankara.");

        Assert.Equal(["Volodymyr Zelensky", "Turkey", "Tayyip Erdogan"], entities);
    }

    [Fact]
    public void Find_OfficeBeforeAName_SplitsQualifierTitleAndName()
    {
        var entities = Canonicals("However, U.S. Secretary of State Marco Rubio wrote on X that talks would continue.");

        Assert.Equal(["United States", "Marco Rubio"], entities);
    }

    [Fact]
    public void Find_LongMilitaryTitle_ResolvesThePersonAfterIt()
    {
        var entities = Canonicals("Army Chief of Staff General Randy George is part of the delegation.");

        Assert.Equal(["Randy George"], entities);
    }

    [Fact]
    public void Find_AliasesDemonymsAndPossessives_ResolveToTheirCountry()
    {
        var entities = Canonicals("Kyiv said Russian forces hit Ukraine’s grid as Washington watched.");

        Assert.Equal(["Ukraine", "Russia", "United States"], entities);
    }

    [Fact]
    public void Find_SentenceInitialOrdinaryWords_AreNotEntities()
    {
        var entities = Canonicals("Despite renewed talks, Russia has not changed its position.");

        Assert.Equal(["Russia"], entities);
    }

    [Fact]
    public void Find_UnknownMultiWordName_IsReportedAsANewPerson()
    {
        var mention = Assert.Single(_recognizer.Find("Finance Minister Helga Brandtner resigned on Monday."));

        Assert.Equal("Helga Brandtner", mention.Canonical);
        Assert.Equal(EntityOrigin.New, mention.Origin);
        Assert.True(mention.IsPerson);
    }

    [Fact]
    public void Plan_ReportIntroducingANewPerson_TeachesTheGazetteerTheSurname()
    {
        // Given a gazetteer that does not know the name
        var gazetteer = Gazetteer.CreateDefault();
        Assert.Null(gazetteer.TryResolve("Brandtner"));

        // When a report introduces her by full name
        new ReportIngestor(gazetteer).Plan(
            Reports.Report("Finance Minister Helga Brandtner resigned on Monday after the budget vote failed in parliament, officials said.", Reports.StrikeDay),
            "budget",
            []);

        // Then later reports that use only her surname resolve to her
        Assert.Equal("Helga Brandtner", gazetteer.TryResolve("Brandtner"));
    }
}
