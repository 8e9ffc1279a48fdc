using System.Text.Json;
using Story.Facts;
using Story.Store;

namespace Story.Application.Following;

/// <summary>The JSON shape of one followed fact (<c>story follow --json</c> lines and <c>/api/stream</c> events).</summary>
public sealed record FactView(long Position, string StreamId, long StreamVersion, Guid EventId, string Type, DateTimeOffset ReportedAt, DateTimeOffset RecordedAt, string Hash, EventMetadata Metadata, JsonElement Data)
{
    public static FactView Of(RecordedFact fact)
    {
        var e = fact.Envelope;
        using var data = JsonDocument.Parse(e.Data);
        return new FactView(e.Position, e.StreamId, e.StreamVersion, e.EventId, e.EventType, fact.ReportedAt, e.RecordedAt, e.Hash, e.Metadata, data.RootElement.Clone());
    }

    /// <summary>A one-line human summary: what kind of fact, about which claim, from which report.</summary>
    public static string Summarize(Fact fact) => fact switch
    {
        ReportPublished r => $"report {r.ReportId} published by {r.Source}: {r.Title ?? Shorten(r.Text)}",
        ClaimReported c => $"claim {c.ClaimId} reported by {c.ReportId}: {c.Statement}",
        ClaimCorroborated c => $"claim {c.ClaimId} corroborated by {c.ReportId}: “{Shorten(c.Quote.Text)}”",
        ClaimDisputed c => $"claim {c.ClaimId} disputed by {c.ReportId}: {c.Reason}",
        ClaimCorrected c => $"claim {c.ClaimId} corrected: {c.Statement}",
        ClaimRetracted c => $"claim {c.ClaimId} retracted: {c.Reason}",
        _ => FactTypes.NameOf(fact),
    };

    private static string Shorten(string s)
    {
        var line = s.ReplaceLineEndings(" ").Trim();
        return line.Length <= 100 ? line : line[..97] + "...";
    }
}
