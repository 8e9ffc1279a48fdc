using Microsoft.AspNetCore.Http.HttpResults;

namespace Story.Server.Access;

/// <summary>What the caller's key allows, so a user can check a key before writing with it.</summary>
/// <param name="CanRead">The request may read the story.</param>
/// <param name="CanWrite">The request's key may append facts.</param>
/// <param name="WritesEnabled">The server has at least one write key.</param>
/// <param name="ReadsOpen">Reads need no key.</param>
public sealed record AccessView(bool CanRead, bool CanWrite, bool WritesEnabled, bool ReadsOpen);

public static class AccessEndpoints
{
    public static IEndpointRouteBuilder MapAccess(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/access", Describe)
            .WithTags("Access")
            .WithName("GetAccess")
            .WithSummary("What the key sent with this request allows (X-Api-Key or Authorization: Bearer).");
        return app;
    }

    private static Ok<AccessView> Describe(HttpRequest request, AccessPolicy policy) => TypedResults.Ok(new AccessView(
        policy.CanRead(PresentedKey.ForReading(request)),
        policy.CanWrite(PresentedKey.FromHeaders(request)),
        !policy.WriteKeys.IsEmpty,
        policy.ReadsAreOpen));
}
