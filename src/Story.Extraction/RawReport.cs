namespace Story.Extraction;

/// <summary>A news report as it arrives: its text exactly as published, where it came from and when.</summary>
public sealed record RawReport(
    string Text,
    string Source,
    DateTimeOffset PublishedAt,
    bool PublishedAtIsEstimate = false,
    string? Title = null,
    string? Url = null);
