namespace Story.Store;

/// <summary>The outcome of an append.</summary>
/// <param name="StreamId">The stream appended to.</param>
/// <param name="StreamVersion">The stream's version after the append.</param>
/// <param name="Positions">The global position of each event of the batch, in batch order (including events that were already stored).</param>
/// <param name="Appended">How many events were new.</param>
/// <param name="AlreadyStored">How many carried an event id that was already stored and were skipped.</param>
public sealed record AppendResult(string StreamId, long StreamVersion, IReadOnlyList<long> Positions, int Appended, int AlreadyStored);
