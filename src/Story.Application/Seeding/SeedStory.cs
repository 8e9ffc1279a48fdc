using MediatR;
using Story.Application.Appending;
using Story.Store;

namespace Story.Application.Seeding;

/// <summary>Load the bundled seed story. Running it again appends nothing.</summary>
public sealed record SeedStory(string? Folder = null) : IRequest<SeedResult>;

public sealed record SeedResult(string StoryId, int Reports, int Facts, int Appended, int AlreadyStored, long StreamVersion);

public sealed class SeedStoryHandler(IMediator mediator) : IRequestHandler<SeedStory, SeedResult>
{
    public async Task<SeedResult> Handle(SeedStory request, CancellationToken cancellationToken)
    {
        var bundle = request.Folder is null ? SeedBundle.Locate() : new SeedBundle(request.Folder);
        var inputs = bundle.FactInputs();
        var metadata = new EventMetadata(CorrelationId: "seed:" + bundle.Manifest.Story.Id, Actor: "story seed");
        var result = await mediator.Send(new AppendFacts(inputs, null, metadata), cancellationToken);
        return new SeedResult(result.StoryId, bundle.Manifest.Reports.Count, inputs.Count, result.Appended, result.AlreadyStored, result.StreamVersion);
    }
}
