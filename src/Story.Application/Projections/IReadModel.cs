using Story.Projections;

namespace Story.Application.Projections;

/// <summary>
/// The story state kept by a projection daemon. Registered only when the store has one; queries for the latest moment
/// then start from it instead of folding the whole log.
/// </summary>
public interface IReadModel
{
    /// <summary>The state the read model holds, which is the fold of the log up to <see cref="StoryStateSnapshot.Position"/>.</summary>
    Task<StoryStateSnapshot> ReadStoryStateAsync(CancellationToken cancellationToken);
}

/// <summary>A story state and the log position it is the fold up to.</summary>
public sealed record StoryStateSnapshot(StoryState State, long Position);
