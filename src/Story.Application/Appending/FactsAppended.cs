using MediatR;
using Story.Facts;

namespace Story.Application.Appending;

/// <summary>Published after a batch is committed.</summary>
public sealed record FactsAppended(string StoryId, IReadOnlyList<Fact> Facts, IReadOnlyList<long> Positions) : INotification;
