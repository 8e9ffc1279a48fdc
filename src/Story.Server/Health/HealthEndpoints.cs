using Microsoft.AspNetCore.Http.HttpResults;
using Story.Store;

namespace Story.Server.Health;

/// <param name="Status">"up", "ready" or "unavailable".</param>
/// <param name="Problem">Why the store cannot be reached, when it cannot.</param>
public sealed record HealthView(string Status, string? Problem = null);

public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", () => TypedResults.Ok(new HealthView("up")))
            .WithTags("Health")
            .WithName("Liveness")
            .WithSummary("The process is up.");
        app.MapGet("/readyz", ReadyAsync)
            .WithTags("Health")
            .WithName("Readiness")
            .WithSummary("The store can be reached (200) or not (503).")
            .Produces<HealthView>(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    private static async Task<Results<Ok<HealthView>, JsonHttpResult<HealthView>>> ReadyAsync(IEventStore store, CancellationToken cancellationToken)
    {
        try
        {
            await store.CheckHealthAsync(cancellationToken);
            return TypedResults.Ok(new HealthView("ready"));
        }
        catch (StoreUnavailableException ex)
        {
            return TypedResults.Json(new HealthView("unavailable", ex.Message), statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
