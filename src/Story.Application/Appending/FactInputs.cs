using System.Text.Json.Nodes;
using Story.Application.Validation;
using Story.Facts;

namespace Story.Application.Appending;

/// <summary>Turns a JSON object into a <see cref="FactInput"/>, checking what can be checked without the store.</summary>
public static class FactInputs
{
    private static readonly string[] TimeFields = ["publishedAt", "reportedAt"];

    public static FactInput FromJson(string origin, JsonNode? node)
    {
        if (node is not JsonObject body)
        {
            throw new InvalidInputException(origin, "expected a JSON object with a \"type\" field");
        }

        body = (JsonObject)body.DeepClone();
        var errors = new List<InputError>();
        var type = TakeString(body, "type");
        if (type is null)
        {
            errors.Add(new(origin + ": type", $"missing; one of {string.Join(", ", FactTypes.Names)}"));
        }
        else if (!FactTypes.TryGetType(type, out _))
        {
            errors.Add(new(origin + ": type", $"unknown fact type '{type}'; one of {string.Join(", ", FactTypes.Names)}"));
        }

        Guid? eventId = null;
        if (body.ContainsKey("eventId"))
        {
            var text = TakeString(body, "eventId");
            if (Guid.TryParse(text, out var parsed) && parsed != Guid.Empty)
            {
                eventId = parsed;
            }
            else
            {
                errors.Add(new(origin + ": eventId", $"'{text}' is not a GUID"));
            }
        }

        foreach (var field in TimeFields)
        {
            CheckTimestamp(body[field], origin + ": " + field, errors);
        }

        if (body["occurredAt"] is JsonObject occurred)
        {
            CheckTimestamp(occurred["value"], origin + ": occurredAt.value", errors);
        }

        return errors.Count > 0 ? throw new InvalidInputException(errors) : new FactInput(origin, type!, body, eventId);
    }

    private static string? TakeString(JsonObject body, string name)
    {
        var node = body[name];
        body.Remove(name);
        return node is JsonValue value && value.TryGetValue<string>(out var s) ? s : node?.ToJsonString();
    }

    /// <summary>Timestamps must carry their UTC offset: "10:00" alone is ambiguous across the newsrooms that read it.</summary>
    private static void CheckTimestamp(JsonNode? node, string field, List<InputError> errors)
    {
        if (node is null)
        {
            return;
        }

        if (node is not JsonValue value || !value.TryGetValue<string>(out var text))
        {
            errors.Add(new(field, "expected an ISO-8601 timestamp string with a UTC offset, e.g. 2025-11-20T10:00:00Z"));
            return;
        }

        if (!Timestamps.TryParse(text, out _))
        {
            errors.Add(new(field, $"'{text}' is not {Timestamps.Expected}"));
        }
    }
}
