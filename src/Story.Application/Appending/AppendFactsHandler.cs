using MediatR;
using Story.Store;

namespace Story.Application.Appending;

public sealed class AppendFactsHandler(IEventStore store, FactBatchPreparer preparer, IMediator mediator)
    : IRequestHandler<AppendFacts, AppendFactsResult>
{
    private const int Attempts = 3;

    public async Task<AppendFactsResult> Handle(AppendFacts request, CancellationToken cancellationToken)
    {
        var storyId = request.Facts[0].Body["storyId"]?.GetValue<string>() ?? string.Empty;
        for (var attempt = 1; ; attempt++)
        {
            var context = await StoryContext.LoadAsync(store, storyId, cancellationToken);
            var batch = preparer.Prepare(request.Facts, context, request.Metadata);
            var expected = request.Expected ?? ExpectedVersion.Exact(context.Version);
            try
            {
                var result = await store.AppendAsync(batch.StreamId, expected, batch.Events, cancellationToken);
                if (result.Appended > 0)
                {
                    await mediator.Publish(new FactsAppended(batch.StoryId, batch.Facts, result.Positions), cancellationToken);
                }

                return new AppendFactsResult(batch.StoryId, result.StreamVersion, result.Positions, result.Appended, result.AlreadyStored);
            }
            catch (WrongExpectedVersionException) when (request.Expected is null && attempt < Attempts)
            {
                // Someone appended between our check and our write: check again against what they wrote.
            }
        }
    }
}
