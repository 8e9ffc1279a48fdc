namespace Story.Projections;

/// <summary>Every published report of a story, by publication time, with what it contributed.</summary>
public sealed record SourceLedger(IReadOnlyList<SourceEntry> Reports);
