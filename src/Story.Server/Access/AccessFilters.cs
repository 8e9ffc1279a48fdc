using Microsoft.AspNetCore.Http.HttpResults;

namespace Story.Server.Access;

/// <summary>Endpoint filters that turn away requests without the right key before the handler reads anything.</summary>
public static class AccessFilters
{
    public static TBuilder RequireWriteKey<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(static async (context, next) =>
        {
            var policy = context.HttpContext.RequestServices.GetRequiredService<AccessPolicy>();
            if (policy.WriteKeys.IsEmpty)
            {
                return Refuse(context.HttpContext, "Writes are disabled", $"No API keys are configured. Set {AccessPolicy.WriteKeysVariable} to one or more comma-separated keys and restart the server.");
            }

            return policy.CanWrite(PresentedKey.FromHeaders(context.HttpContext.Request))
                ? await next(context)
                : Refuse(context.HttpContext, "API key required", $"Send one of the keys in {AccessPolicy.WriteKeysVariable} in the {PresentedKey.HeaderName} header (or Authorization: Bearer KEY).");
        }).ProducesProblem(StatusCodes.Status401Unauthorized);

    public static TBuilder RequireReadKey<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(static async (context, next) =>
        {
            var policy = context.HttpContext.RequestServices.GetRequiredService<AccessPolicy>();
            return policy.CanRead(PresentedKey.ForReading(context.HttpContext.Request))
                ? await next(context)
                : Refuse(context.HttpContext, "API key required", $"Reads need one of the keys in {AccessPolicy.ReadKeysVariable} (or a write key) in the {PresentedKey.HeaderName} header (or Authorization: Bearer KEY).");
        });

    private static ProblemHttpResult Refuse(HttpContext context, string title, string detail)
    {
        context.Response.Headers.WWWAuthenticate = "Bearer realm=\"story\"";
        return TypedResults.Problem(title: title, detail: detail, statusCode: StatusCodes.Status401Unauthorized);
    }
}
