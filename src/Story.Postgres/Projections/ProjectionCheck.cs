namespace Story.Postgres.Projections;

/// <summary>
/// A read model compared with a fold of the log up to its checkpoint: what <c>story rebuild</c> reports.
/// </summary>
/// <param name="Name">The projection.</param>
/// <param name="Position">The checkpoint the read model was read at; the log was folded up to the same position.</param>
/// <param name="Rows">How many rows the read model holds.</param>
/// <param name="MatchesLog">True when the state read back from the rows has the same content as the fold.</param>
public sealed record ProjectionCheck(string Name, long Position, long Rows, bool MatchesLog);
