using System.Globalization;
using System.Text.Json.Nodes;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Story.Application.Appending;
using Story.Application.Querying;
using Story.Server.Access;
using Story.Server.Hosting;
using Story.Store;

namespace Story.Server.Facts;

/// <summary>The body of <c>POST /api/facts</c>, for the OpenAPI document (the handler reads it field by field).</summary>
/// <param name="ExpectedVersion">"any", "no-stream", "exists" or the number of events the story stream must hold. Optional.</param>
/// <param name="Facts">Fact objects exactly as the lines of a JSONL facts file: "type", the fields, optional "eventId".</param>
/// <param name="Actor">Who appends, kept in each event's metadata. Optional.</param>
public sealed record AppendFactsRequest(JsonNode? ExpectedVersion, IReadOnlyList<JsonObject> Facts, string? Actor);

/// <summary>The body of <c>POST /api/reports</c>: a report and the claims it makes, appended as one batch.</summary>
/// <param name="ExpectedVersion">As for <c>/api/facts</c>.</param>
/// <param name="Report">The report-published fields (type may be left out).</param>
/// <param name="Claims">Claim facts; storyId and reportId default to the report's.</param>
/// <param name="Actor">Who appends. Optional.</param>
public sealed record AppendReportRequest(JsonNode? ExpectedVersion, JsonObject Report, IReadOnlyList<JsonObject>? Claims, string? Actor);

public static class FactsEndpoints
{
    private const string CorrelationHeader = "X-Correlation-Id";

    public static IEndpointRouteBuilder MapFacts(this IEndpointRouteBuilder app)
    {
        var writes = app.MapGroup("/api").WithTags("Facts").RequireWriteKey();
        writes.MapPost("/facts", AppendFactsAsync)
            .WithName("AppendFacts")
            .WithSummary("Append facts to a story, all or nothing; idempotent by event id.")
            .Accepts<AppendFactsRequest>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        writes.MapPost("/reports", AppendReportAsync)
            .WithName("AppendReport")
            .WithSummary("Append a report with the claims it makes, as one batch.")
            .Accepts<AppendReportRequest>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

        app.MapGroup("/api").WithTags("Facts").RequireReadKey()
            .MapGet("/reports/{reportId}", GetReportAsync)
            .WithName("GetReport")
            .WithSummary("A published report with its full text.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Results<Created<AppendFactsResult>, Ok<AppendFactsResult>>> AppendFactsAsync(
        HttpRequest request, IMediator mediator, ServerSettings settings, CancellationToken cancellationToken)
    {
        var body = AppendBodies.Facts(await JsonBody.ReadAsync(request, settings.MaxRequestBodyBytes, cancellationToken));
        return Answer(await mediator.Send(Command(body, request), cancellationToken));
    }

    private static async Task<Results<Created<AppendFactsResult>, Ok<AppendFactsResult>>> AppendReportAsync(
        HttpRequest request, IMediator mediator, ServerSettings settings, CancellationToken cancellationToken)
    {
        var body = AppendBodies.Report(await JsonBody.ReadAsync(request, settings.MaxRequestBodyBytes, cancellationToken));
        return Answer(await mediator.Send(Command(body, request), cancellationToken));
    }

    private static async Task<Ok<ReportView>> GetReportAsync(string reportId, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetReport(reportId), cancellationToken));

    private static AppendFacts Command(AppendBody body, HttpRequest request)
    {
        var correlation = request.Headers[CorrelationHeader].ToString() is { Length: > 0 and <= 200 } given ? given : Guid.NewGuid().ToString("D");
        return new AppendFacts(body.Facts, body.Expected, new EventMetadata(CorrelationId: correlation, Actor: body.Actor ?? "api"));
    }

    /// <summary>201 when something was appended; 200 when every fact was already stored (a retry), with the original positions.</summary>
    private static Results<Created<AppendFactsResult>, Ok<AppendFactsResult>> Answer(AppendFactsResult result) =>
        result.Appended > 0
            ? TypedResults.Created("/api/story?position=" + result.Positions.Max().ToString(CultureInfo.InvariantCulture), result)
            : TypedResults.Ok(result);
}
