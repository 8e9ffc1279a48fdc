using MediatR;
using Story.Store;

namespace Story.Application.Appending;

/// <summary>Append a batch of facts to one story, all or nothing.</summary>
/// <param name="Facts">The facts as written.</param>
/// <param name="Expected">The story stream's expected version; null means "the version the batch was checked against".</param>
/// <param name="Metadata">Correlation, causation and actor for every event of the batch.</param>
public sealed record AppendFacts(IReadOnlyList<FactInput> Facts, ExpectedVersion? Expected, EventMetadata Metadata) : IRequest<AppendFactsResult>;

/// <param name="StoryId">The story appended to.</param>
/// <param name="StreamVersion">The story stream's version after the append.</param>
/// <param name="Positions">The global position of each fact, in batch order.</param>
/// <param name="Appended">How many facts were new.</param>
/// <param name="AlreadyStored">How many were already stored (same event id) and skipped.</param>
public sealed record AppendFactsResult(string StoryId, long StreamVersion, IReadOnlyList<long> Positions, int Appended, int AlreadyStored);
