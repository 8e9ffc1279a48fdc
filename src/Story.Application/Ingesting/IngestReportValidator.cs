using Story.Application.Validation;
using Story.Extraction;

namespace Story.Application.Ingesting;

/// <summary>Refuses, before the store is read, a report that cannot be ingested: empty, binary, huge, not English, no source or time.</summary>
public sealed class IngestReportValidator : IValidator<IngestReport>
{
    public IEnumerable<InputError> Validate(IngestReport request)
    {
        try
        {
            ReportValidation.Validate(request.Report);
        }
        catch (ReportRejectedException ex)
        {
            return [new InputError($"{request.Origin}: {JsonName(ex.Field)}", Reason(ex))];
        }

        return request.StoryId is { } id && (string.IsNullOrWhiteSpace(id) || id.Any(char.IsWhiteSpace))
            ? [new InputError("storyId", $"'{id}' is not a story id (no spaces)")]
            : [];
    }

    private static string JsonName(string field) => field.Length == 0 ? field : char.ToLowerInvariant(field[0]) + field[1..];

    // The exception's message starts with its field; the error names the field once.
    private static string Reason(ReportRejectedException ex)
    {
        var prefix = ex.Field + ": ";
        var message = ex.Message.StartsWith(prefix, StringComparison.Ordinal) ? ex.Message[prefix.Length..] : ex.Message;
        return message.TrimEnd('.');
    }
}
