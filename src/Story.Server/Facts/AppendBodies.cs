using System.Text.Json.Nodes;
using Story.Application.Appending;
using Story.Application.Validation;
using Story.Store;

namespace Story.Server.Facts;

/// <summary>An append as the HTTP body asked for it, every field checked and named on error.</summary>
public sealed record AppendBody(IReadOnlyList<FactInput> Facts, ExpectedVersion? Expected, string? Actor);

/// <summary>
/// Reads <c>POST /api/facts</c> and <c>POST /api/reports</c> bodies into fact inputs. Each fact keeps its place as its
/// origin ("facts[2]", "report", "claims[0]") so that every error names the exact field of the body.
/// </summary>
public static class AppendBodies
{
    public static AppendBody Facts(JsonNode body)
    {
        var root = RequireObject(body);
        var errors = new List<InputError>();
        var expected = ExpectedVersionOf(root, errors);
        var actor = ActorOf(root, errors);
        var inputs = new List<FactInput>();
        if (root["facts"] is not JsonArray facts)
        {
            errors.Add(new("facts", "missing; expected an array of fact objects, each with a \"type\""));
        }
        else
        {
            for (var i = 0; i < facts.Count; i++)
            {
                Collect($"facts[{i}]", facts[i], inputs, errors);
            }
        }

        return Finish(inputs, expected, actor, errors);
    }

    /// <summary>A report and the claims it makes; a claim without <c>storyId</c> or <c>reportId</c> takes the report's.</summary>
    public static AppendBody Report(JsonNode body)
    {
        var root = RequireObject(body);
        var errors = new List<InputError>();
        var expected = ExpectedVersionOf(root, errors);
        var actor = ActorOf(root, errors);
        var inputs = new List<FactInput>();
        if (root["report"] is not JsonObject report)
        {
            errors.Add(new("report", "missing; expected the report-published fields (reportId, storyId, source, publishedAt, text, ...)"));
            return Finish(inputs, expected, actor, errors);
        }

        report = (JsonObject)report.DeepClone();
        var type = report["type"]?.ToString();
        if (type is null)
        {
            report["type"] = "report-published";
        }
        else if (type != "report-published")
        {
            errors.Add(new("report.type", $"'{type}'; the report must be a report-published fact (or leave type out)"));
        }

        Collect("report", report, inputs, errors);
        var claims = root["claims"];
        if (claims is not null and not JsonArray)
        {
            errors.Add(new("claims", "expected an array of claim facts"));
        }
        else if (claims is JsonArray list)
        {
            for (var i = 0; i < list.Count; i++)
            {
                var claim = list[i] is JsonObject o ? (JsonObject)o.DeepClone() : null;
                if (claim is not null)
                {
                    claim["storyId"] ??= report["storyId"]?.DeepClone();
                    claim["reportId"] ??= report["reportId"]?.DeepClone();
                }

                Collect($"claims[{i}]", claim ?? list[i], inputs, errors);
            }
        }

        return Finish(inputs, expected, actor, errors);
    }

    private static JsonObject RequireObject(JsonNode body) =>
        body as JsonObject ?? throw new InvalidInputException("body", "expected a JSON object");

    private static void Collect(string origin, JsonNode? node, List<FactInput> inputs, List<InputError> errors)
    {
        try
        {
            inputs.Add(FactInputs.FromJson(origin, node));
        }
        catch (InvalidInputException ex)
        {
            errors.AddRange(ex.Errors);
        }
    }

    private static ExpectedVersion? ExpectedVersionOf(JsonObject root, List<InputError> errors)
    {
        var node = root["expectedVersion"];
        if (node is null)
        {
            return null;
        }

        try
        {
            return node is JsonValue value && value.TryGetValue<long>(out var number)
                ? ExpectedVersion.Exact(number)
                : ExpectedVersion.Parse(node is JsonValue text && text.TryGetValue<string>(out var s) ? s : node.ToJsonString());
        }
        catch (Exception ex) when (ex is FormatException or ArgumentOutOfRangeException)
        {
            errors.Add(new("expectedVersion", $"{node.ToJsonString()} is not \"any\", \"no-stream\", \"exists\" or a number of events (0 or more)"));
            return null;
        }
    }

    private static string? ActorOf(JsonObject root, List<InputError> errors)
    {
        var node = root["actor"];
        if (node is null)
        {
            return null;
        }

        if (node is JsonValue value && value.TryGetValue<string>(out var actor) && !string.IsNullOrWhiteSpace(actor))
        {
            return actor.Trim();
        }

        errors.Add(new("actor", "expected a non-empty string naming who appends"));
        return null;
    }

    private static AppendBody Finish(List<FactInput> inputs, ExpectedVersion? expected, string? actor, List<InputError> errors) =>
        errors.Count > 0 ? throw new InvalidInputException(errors) : new AppendBody(inputs, expected, actor);
}
