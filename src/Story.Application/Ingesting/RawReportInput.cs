using System.Text.Json;
using System.Text.Json.Nodes;
using Story.Application.Validation;
using Story.Extraction;

namespace Story.Application.Ingesting;

/// <summary>
/// A raw report as a caller gives it, every field still a string: the CLI's options, an HTTP form or JSON body
/// (<c>{"text", "source", "publishedAt", "publishedAtIsEstimate", "title", "url", "storyId"}</c>).
/// <see cref="ToRawReport"/> checks what can be checked without the store and names the field at fault.
/// </summary>
public sealed record RawReportInput(
    string? Text,
    string? Source,
    string? PublishedAt,
    bool PublishedAtIsEstimate = false,
    string? Title = null,
    string? Url = null,
    string? StoryId = null)
{
    /// <summary>The fields of a JSON body, by their JSON names.</summary>
    public static ReportFieldNames JsonFields { get; } = new("text", "source", "publishedAt", "title", "url");

    /// <summary>Reads a JSON body; unknown fields are refused (a typo must not silently drop a value).</summary>
    public static RawReportInput FromJson(JsonNode? node)
    {
        if (node is not JsonObject body)
        {
            throw new InvalidInputException("body", "expected a JSON object with text, source and publishedAt");
        }

        var errors = new List<InputError>();
        var known = new HashSet<string>(StringComparer.Ordinal) { "text", "source", "publishedAt", "publishedAtIsEstimate", "title", "url", "storyId" };
        errors.AddRange(body.Where(p => !known.Contains(p.Key)).Select(p => new InputError(p.Key, $"unknown field; expected {string.Join(", ", known)}")));
        var input = new RawReportInput(
            String(body, "text", errors),
            String(body, "source", errors),
            String(body, "publishedAt", errors),
            body["publishedAtIsEstimate"] is JsonValue estimate && estimate.TryGetValue<bool>(out var e) && e,
            String(body, "title", errors),
            String(body, "url", errors),
            String(body, "storyId", errors));
        return errors.Count > 0 ? throw new InvalidInputException(errors) : input;
    }

    /// <summary>The report, or an <see cref="InvalidInputException"/> naming every field at fault.</summary>
    public RawReport ToRawReport(ReportFieldNames? fields = null)
    {
        fields ??= JsonFields;
        var errors = new List<InputError>();
        if (string.IsNullOrWhiteSpace(Source))
        {
            errors.Add(new(fields.Source, "missing; say where the report comes from (an outlet or a description of it)"));
        }

        DateTimeOffset published = default;
        if (string.IsNullOrWhiteSpace(PublishedAt))
        {
            errors.Add(new(fields.PublishedAt, $"missing; when the report was published, as {Timestamps.Expected}"));
        }
        else if (!Timestamps.TryParse(PublishedAt.Trim(), out published))
        {
            errors.Add(new(fields.PublishedAt, $"'{PublishedAt}' is not {Timestamps.Expected}"));
        }

        if (Url is not null && !Uri.TryCreate(Url, UriKind.Absolute, out _))
        {
            errors.Add(new(fields.Url, $"'{Url}' is not an absolute URL"));
        }

        if (Text is null)
        {
            errors.Add(new(fields.Text, "missing"));
        }

        return errors.Count > 0
            ? throw new InvalidInputException(errors)
            : new RawReport(Text!, Source!.Trim(), published, PublishedAtIsEstimate, string.IsNullOrWhiteSpace(Title) ? null : Title.Trim(), Url);
    }

    private static string? String(JsonObject body, string name, List<InputError> errors)
    {
        var node = body[name];
        if (node is null)
        {
            return null;
        }

        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.String)
        {
            return value.GetValue<string>();
        }

        errors.Add(new(name, "expected a string"));
        return null;
    }
}

/// <summary>What the caller calls each field of a report, so errors name it as they wrote it ("--published", "publishedAt").</summary>
public sealed record ReportFieldNames(string Text, string Source, string PublishedAt, string Title, string Url);
