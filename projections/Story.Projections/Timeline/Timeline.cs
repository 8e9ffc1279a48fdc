namespace Story.Projections;

/// <summary>
/// The story in the order things happened: claims with a date, by that date, and claims without one apart, in the
/// order they were first reported. Retracted claims stay, with their status, so a reader sees what was withdrawn.
/// </summary>
public sealed record Timeline(IReadOnlyList<TimelineEntry> Dated, IReadOnlyList<TimelineEntry> Undated);
