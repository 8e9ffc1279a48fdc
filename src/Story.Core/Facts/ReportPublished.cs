using System.Text.Json.Serialization;

namespace Story.Facts;

/// <summary>A news report was published. Its full text is kept so that every quote can be checked against it.</summary>
[FactType("report-published")]
public sealed record ReportPublished(
    string ReportId,
    string StoryId,
    string Source,
    DateTimeOffset PublishedAt,
    bool PublishedAtIsEstimate,
    string Text,
    string ContentHash,
    string? Title = null,
    string? Url = null) : Fact
{
    public override string StoryId { get; } = StoryId;

    /// <summary>A report is reported when it is published; not stored twice.</summary>
    [JsonIgnore]
    public override DateTimeOffset ReportedAt => PublishedAt;
}
