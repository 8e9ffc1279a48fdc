using System.Text;
using Story.Extraction;

namespace Story.Tests.Extraction;

public class ReportValidationTests
{
    private const string English = "The government said on Monday that talks with the union would resume next week in Paris.";

    private static ReportRejectedException Rejected(RawReport report) => Assert.Throws<ReportRejectedException>(() => ReportValidation.Validate(report));

    [Fact]
    public void Validate_EnglishReportWithSourceAndTime_IsAccepted()
    {
        ReportValidation.Validate(Reports.Report(English, Reports.StrikeDay));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t  ")]
    public void Validate_EmptyOrWhitespaceText_IsRejectedNamingText(string text)
    {
        Assert.Equal("Text", Rejected(Reports.Report(text, Reports.StrikeDay)).Field);
    }

    [Fact]
    public void Validate_BinaryText_IsRejectedNamingText()
    {
        var binary = English + "\0\u0001\u0002PK\u0003\u0004";

        var rejected = Rejected(Reports.Report(binary, Reports.StrikeDay));

        Assert.Equal("Text", rejected.Field);
        Assert.Contains("binary", rejected.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_InvalidUtf16_IsRejectedNamingText()
    {
        Assert.Equal("Text", Rejected(Reports.Report(English + "\uD800 tail", Reports.StrikeDay)).Field);
    }

    [Fact]
    public void Validate_TextOverOneMegabyte_IsRejectedNamingText()
    {
        var huge = new StringBuilder();
        while (huge.Length <= ReportValidation.MaxUtf8Bytes)
        {
            huge.Append(English).Append(' ');
        }

        var rejected = Rejected(Reports.Report(huge.ToString(), Reports.StrikeDay));

        Assert.Equal("Text", rejected.Field);
        Assert.Contains("larger", rejected.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Der Präsident hat am Montag in Berlin erklärt, dass die Verhandlungen mit der Gewerkschaft in der kommenden Woche fortgesetzt werden sollen.")]
    [InlineData("Президент України заявив у понеділок, що переговори з партнерами продовжаться наступного тижня у Києві.")]
    public void Validate_NonEnglishText_IsRejectedNamingText(string text)
    {
        var rejected = Rejected(Reports.Report(text, Reports.StrikeDay));

        Assert.Equal("Text", rejected.Field);
        Assert.Contains("English", rejected.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MissingPublicationTime_IsRejectedNamingPublishedAt()
    {
        Assert.Equal("PublishedAt", Rejected(Reports.Report(English, default)).Field);
    }

    [Fact]
    public void Validate_MissingSource_IsRejectedNamingSource()
    {
        Assert.Equal("Source", Rejected(Reports.Report(English, Reports.StrikeDay, source: " ")).Field);
    }
}
