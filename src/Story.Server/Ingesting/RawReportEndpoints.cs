using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Story.Application.Ingesting;
using Story.Extraction;
using Story.Server.Access;
using Story.Server.Facts;

namespace Story.Server.Ingesting;

public static class RawReportEndpoints
{
    public static IEndpointRouteBuilder MapRawReports(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api").WithTags("Ingesting").RequireWriteKey()
            .MapPost("/reports/raw", IngestAsync)
            .WithName("IngestRawReport")
            .WithSummary("Read a raw report: append it, then each claim it makes as new, corroborating or disputing, with the evidence. "
                + "text/plain with ?source=&publishedAt=[&title=&url=&storyId=&publishedAtIsEstimate=] or JSON {text, source, publishedAt, ...}; ?dryRun=true appends nothing.")
            .Accepts<RawReportBody>("application/json", "text/plain")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        return app;
    }

    private static async Task<Results<Created<IngestReportResult>, Ok<IngestReportResult>>> IngestAsync(
        HttpRequest request, IMediator mediator, CancellationToken cancellationToken)
    {
        var query = request.Query;
        RawReportInput input;
        if (request.ContentType?.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase) == true)
        {
            var text = ReportText.Decode(await JsonBody.ReadBytesAsync(request, ReportValidation.MaxUtf8Bytes, cancellationToken), "body");
            input = new RawReportInput(text, query["source"], query["publishedAt"], query["publishedAtIsEstimate"] == "true",
                query["title"], query["url"], query["storyId"]);
        }
        else
        {
            input = RawReportInput.FromJson(await JsonBody.ReadAsync(request, ReportValidation.MaxUtf8Bytes * 2, cancellationToken));
        }

        var command = new IngestReport(input.ToRawReport(), input.StoryId, query["dryRun"] == "true", "body", "api");
        var result = await mediator.Send(command, cancellationToken);
        return result.Append is { Appended: > 0 }
            ? TypedResults.Created($"/api/reports/{result.ReportId}", result)
            : TypedResults.Ok(result);
    }
}

/// <summary>The JSON body of <c>POST /api/reports/raw</c>, for the OpenAPI document.</summary>
/// <param name="Text">The report's full text.</param>
/// <param name="Source">Its outlet, or a description of it.</param>
/// <param name="PublishedAt">When it was published, ISO-8601 with a UTC offset.</param>
/// <param name="PublishedAtIsEstimate">Whether that time is an estimate.</param>
/// <param name="Title">Its headline, optional.</param>
/// <param name="Url">Where it was published, optional.</param>
/// <param name="StoryId">The story; optional when the store holds one.</param>
public sealed record RawReportBody(string Text, string Source, string PublishedAt, bool PublishedAtIsEstimate, string? Title, string? Url, string? StoryId);
