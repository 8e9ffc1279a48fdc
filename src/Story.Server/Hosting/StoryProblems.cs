using Microsoft.AspNetCore.Diagnostics;
using Story.Application.Querying;
using Story.Application.Validation;
using Story.Store;

namespace Story.Server.Hosting;

/// <summary>
/// Turns the application's known failures into RFC 9457 problem responses, so handlers stay one line:
/// rejected input is 400 with every bad field named, a wrong expected version 409, an unknown id 404, an unreachable
/// store 503, an oversized body 413. Anything else is a 500 that the host logs.
/// </summary>
public sealed class StoryProblems : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (httpContext.RequestAborted.IsCancellationRequested && exception is OperationCanceledException)
        {
            return true; // The client left; there is no one to answer.
        }

        var writes = !HttpMethods.IsGet(httpContext.Request.Method) && !HttpMethods.IsHead(httpContext.Request.Method);
        IResult? result = exception switch
        {
            InvalidInputException invalid => TypedResults.ValidationProblem(
                FieldErrors(invalid.Errors),
                title: "The input was rejected",
                detail: writes ? "Nothing was appended. " + Summary(invalid) : Summary(invalid)),
            WrongExpectedVersionException conflict => TypedResults.Problem(
                title: "Wrong expected version",
                detail: conflict.Message,
                statusCode: StatusCodes.Status409Conflict,
                extensions: new Dictionary<string, object?>
                {
                    ["streamId"] = conflict.StreamId,
                    ["expectedVersion"] = conflict.Expected.ToString(),
                    ["actualVersion"] = conflict.ActualVersion,
                }),
            NotFoundException missing => TypedResults.Problem(title: "Not found", detail: missing.Message, statusCode: StatusCodes.Status404NotFound),
            StoreUnavailableException down => TypedResults.Problem(title: "Store unavailable", detail: down.Message, statusCode: StatusCodes.Status503ServiceUnavailable),
            BadHttpRequestException bad => TypedResults.Problem(title: TitleOf(bad.StatusCode), detail: bad.Message, statusCode: bad.StatusCode),
            _ => null,
        };

        if (result is null)
        {
            return false;
        }

        await result.ExecuteAsync(httpContext);
        return true;
    }

    /// <summary>
    /// The application names fields as "facts[2]: quote.text" (origin, then the field inside it); the API's error keys
    /// are JSON paths into the request body: "facts[2].quote.text".
    /// </summary>
    public static Dictionary<string, string[]> FieldErrors(IEnumerable<InputError> errors) =>
        errors
            .GroupBy(e => e.Field.Replace(": ", ".", StringComparison.Ordinal), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal);

    private static string Summary(InvalidInputException invalid) =>
        invalid.Errors.Count == 1 ? invalid.Errors[0].ToString() : $"{invalid.Errors.Count} problems; see errors.";

    private static string TitleOf(int status) => status switch
    {
        StatusCodes.Status413PayloadTooLarge => "Request body too large",
        StatusCodes.Status400BadRequest => "Bad request",
        _ => "Request refused",
    };
}
