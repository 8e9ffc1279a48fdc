using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Story.Application.Querying;
using Story.Server.Access;
using Story.Server.Story;

namespace Story.Server.Claims;

public static class ClaimsEndpoints
{
    public static IEndpointRouteBuilder MapClaims(this IEndpointRouteBuilder app)
    {
        var reads = app.MapGroup("/api/claims").WithTags("Claims").RequireReadKey();
        reads.MapGet("/{claimId}", GetClaimAsync)
            .WithName("GetClaim")
            .WithSummary("One claim as it stood at a moment (at, axis, position as for /api/story).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        reads.MapGet("/{claimId}/audit", GetAuditAsync)
            .WithName("GetClaimAudit")
            .WithSummary("Every event behind a claim: reports, exact quotes (checked against the report text), attributions, times, positions, hashes.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Ok<ClaimView>> GetClaimAsync(string claimId, IMediator mediator, string? at, string? axis, string? position, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetClaim(claimId, MomentQuery.Read(at, axis, position)), cancellationToken));

    private static async Task<Ok<ClaimAuditView>> GetAuditAsync(string claimId, IMediator mediator, string? at, string? axis, string? position, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetClaimAudit(claimId, MomentQuery.Read(at, axis, position)), cancellationToken));
}
