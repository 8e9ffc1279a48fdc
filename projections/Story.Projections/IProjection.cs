using Story.Facts;

namespace Story.Projections;

/// <summary>
/// A pure left fold over recorded facts: <see cref="Apply"/> returns a new state and never mutates its input,
/// so any prefix of the log can be folded, kept, and folded further.
/// </summary>
/// <typeparam name="TState">The immutable state the projection builds.</typeparam>
public interface IProjection<TState>
{
    /// <summary>A stable name, used for logs and for cached read models.</summary>
    string Name { get; }

    /// <summary>The state before any fact.</summary>
    TState Initial { get; }

    /// <summary>The state after <paramref name="fact"/>; facts this projection does not care about return <paramref name="state"/>.</summary>
    TState Apply(TState state, RecordedFact fact);
}
