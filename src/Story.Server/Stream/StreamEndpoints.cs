using System.Globalization;
using MediatR;
using Story.Application.Following;
using Story.Application.Validation;
using Story.Facts;
using Story.Server.Access;
using Story.Server.Hosting;
using Story.Store;

namespace Story.Server.Stream;

public static class StreamEndpoints
{
    public const string LastEventIdHeader = "Last-Event-ID";

    public static IEndpointRouteBuilder MapStream(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/stream", FollowAsync)
            .WithTags("Stream")
            .WithName("StreamFacts")
            .WithSummary("New facts as Server-Sent Events. Resumes after the Last-Event-ID header or ?from=POSITION (default: only new facts); filters entity, source, claim, type.")
            .ProducesValidationProblem()
            .RequireReadKey();
        return app;
    }

    private static async Task<FactEventStream> FollowAsync(
        HttpRequest request,
        IMediator mediator,
        IEventStore store,
        ServerSettings settings,
        string? from,
        string? entity,
        string? source,
        string? claim,
        string? type,
        CancellationToken cancellationToken)
    {
        var filter = new FactFilter(Blank(entity), Blank(source), Blank(claim), KnownType(Blank(type)));

        // The resume point is fixed before the response starts, so a fact appended right after a client sees the
        // headers is after it, never silently before it.
        var after = ResumePoint(request.Headers[LastEventIdHeader].ToString(), from) ?? await store.GetHeadPositionAsync(cancellationToken);
        var facts = await mediator.Send(new FollowFacts(after, filter), cancellationToken);
        return new FactEventStream(facts, after, settings.Heartbeat);
    }

    /// <summary>The Last-Event-ID header (an EventSource reconnecting) wins over <c>?from=</c> (the first connection).</summary>
    private static long? ResumePoint(string lastEventId, string? from)
    {
        if (!string.IsNullOrWhiteSpace(lastEventId))
        {
            return Position(LastEventIdHeader, lastEventId);
        }

        return string.IsNullOrWhiteSpace(from) ? null : Position("from", from);
    }

    private static long Position(string name, string text) =>
        long.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var position)
            ? position
            : throw new InvalidInputException(name, $"'{text}' is not a log position (a whole number, 0 or more; 0 replays everything)");

    private static string? KnownType(string? type) =>
        type is null || FactTypes.TryGetType(type, out _)
            ? type
            : throw new InvalidInputException("type", $"unknown fact type '{type}'; one of {string.Join(", ", FactTypes.Names)}");

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
