using Story.Application.Appending;
using Story.Application.Seeding;
using Story.Tests.Support;

namespace Story.Tests.Seeds;

public sealed class CuratedFactsTests
{
    private readonly SeedBundle _bundle = new(SeedFiles.Folder);

    [Fact]
    public void EveryQuote_InTheCuratedFile_EqualsTheReportTextAtItsOffsets()
    {
        var texts = _bundle.Manifest.Reports.ToDictionary(r => r.ReportId, _bundle.ReadReportText);
        var quotes = 0;
        foreach (var input in FactLines.Parse(File.ReadAllText(Path.Combine(SeedFiles.Folder, SeedBundle.ClaimsFile))))
        {
            if (input.Body["quote"] is not { } quote)
            {
                continue;
            }

            var reportId = input.Body["reportId"]!.GetValue<string>();
            var start = quote["start"]!.GetValue<int>();
            var end = quote["end"]!.GetValue<int>();
            var text = quote["text"]!.GetValue<string>();
            Assert.True(texts.ContainsKey(reportId), $"{input.Origin}: unknown report {reportId}");
            Assert.InRange(end, start + 1, texts[reportId].Length);
            Assert.Equal(texts[reportId][start..end], text);
            quotes++;
        }

        Assert.True(quotes >= 100, $"only {quotes} quotes");
    }

    [Fact]
    public void CuratedFile_HasAtLeastFortyClaims_AndCorroborationsFromSeveralReports()
    {
        var inputs = FactLines.Parse(File.ReadAllText(Path.Combine(SeedFiles.Folder, SeedBundle.ClaimsFile)));
        var claims = inputs.Where(i => i.Type == "claim-reported").Select(i => i.Body["claimId"]!.GetValue<string>()).ToList();
        Assert.True(claims.Count >= 40, $"{claims.Count} claims");
        Assert.Equal(claims.Count, claims.Distinct().Count());

        var reportsOf = inputs.Where(i => i.Type is "claim-reported" or "claim-corroborated")
            .GroupBy(i => i.Body["claimId"]!.GetValue<string>())
            .ToDictionary(g => g.Key, g => g.Select(i => i.Body["reportId"]!.GetValue<string>()).Distinct().Count());
        Assert.True(reportsOf["territorial-concessions"] >= 4);
        Assert.True(reportsOf["armed-forces-limits"] >= 4);
        Assert.True(reportsOf["zelensky-received-draft"] >= 3);
        Assert.Contains(inputs, i => i.Type == "claim-disputed" && i.Body["claimId"]!.GetValue<string>() == "driscoll-visit-purpose");
    }
}
