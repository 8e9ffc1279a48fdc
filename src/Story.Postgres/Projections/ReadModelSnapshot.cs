namespace Story.Postgres.Projections;

/// <summary>A projection's state as its rows hold it: the fold of the log up to <see cref="Position"/>, read in one snapshot.</summary>
/// <param name="State">The state read back from the rows.</param>
/// <param name="Position">The checkpoint the rows were read at.</param>
/// <param name="Status">The projection's status at that moment.</param>
public sealed record ReadModelSnapshot<TState>(TState State, long Position, ProjectionRunState Status);
