using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Story.Application.Audit;
using Story.Application.Querying;
using Story.Audit;
using Story.Server.Access;

namespace Story.Server.Story;

public static class StoryEndpoints
{
    public static IEndpointRouteBuilder MapStory(this IEndpointRouteBuilder app)
    {
        var reads = app.MapGroup("/api").WithTags("Story").RequireReadKey();
        reads.MapGet("/story", GetStateAsync)
            .WithName("GetStoryState")
            .WithSummary("The story at a moment: at=T (with UTC offset) on axis=reported|recorded, or position=N; default latest.")
            .ProducesValidationProblem();
        reads.MapGet("/story/diff", GetDiffAsync)
            .WithName("GetStoryDiff")
            .WithSummary("What changed between two moments: claims added, corroborated, disputed, corrected, retracted.")
            .ProducesValidationProblem();
        reads.MapGet("/timeline", GetTimelineAsync)
            .WithName("GetTimeline")
            .WithSummary("Claims in the order things happened, at a moment.")
            .ProducesValidationProblem();
        reads.MapGet("/sources", GetSourcesAsync)
            .WithName("GetSources")
            .WithSummary("What each report contributed, at a moment.")
            .ProducesValidationProblem();
        reads.MapGet("/moments", GetMomentsAsync)
            .WithName("GetMoments")
            .WithSummary("The span of each time axis, every report on it, and the story's key moments.");
        reads.MapGet("/verify", VerifyAsync)
            .WithName("VerifyChain")
            .WithSummary("Recompute the hash chain over the whole log; names the first position where it breaks.");
        return app;
    }

    private static async Task<Ok<StoryStateView>> GetStateAsync(IMediator mediator, string? at, string? axis, string? position, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetStoryState(MomentQuery.Read(at, axis, position)), cancellationToken));

    private static async Task<Ok<StoryDiffView>> GetDiffAsync(IMediator mediator, string? from, string? to, string? axis, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetStoryDiff(MomentQuery.ReadBound("from", from, axis), MomentQuery.ReadBound("to", to, axis)), cancellationToken));

    private static async Task<Ok<TimelineView>> GetTimelineAsync(IMediator mediator, string? at, string? axis, string? position, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetTimeline(MomentQuery.Read(at, axis, position)), cancellationToken));

    private static async Task<Ok<SourcesView>> GetSourcesAsync(IMediator mediator, string? at, string? axis, string? position, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetSources(MomentQuery.Read(at, axis, position)), cancellationToken));

    private static async Task<Ok<StoryMomentsView>> GetMomentsAsync(IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetStoryMoments(), cancellationToken));

    private static async Task<Ok<ChainVerification>> VerifyAsync(IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new VerifyChain(), cancellationToken));
}
