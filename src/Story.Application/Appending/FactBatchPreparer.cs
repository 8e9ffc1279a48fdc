using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Story.Application.Validation;
using Story.Entities;
using Story.Facts;
using Story.Store;

namespace Story.Application.Appending;

/// <summary>
/// Checks a batch against the story as stored: every quote must equal its report's text at its offsets, every
/// corroboration, dispute, correction or retraction must name a known claim, a claim id is introduced once.
/// Fills what can be derived: a claim's reportedAt from its report, a report's content hash, canonical entity names.
/// </summary>
public sealed class FactBatchPreparer(Gazetteer gazetteer, TimeProvider time)
{
    public PreparedBatch Prepare(IReadOnlyList<FactInput> inputs, StoryContext context, EventMetadata metadata)
    {
        var errors = new List<InputError>();
        var facts = new List<Fact>();
        var events = new List<EventData>();
        string? storyId = null;

        foreach (var input in inputs)
        {
            var lineErrors = new List<InputError>();
            var body = (JsonObject)input.Body.DeepClone();
            var eventId = input.EventId ?? DeterministicEventId.For(input.Type, input.Body);
            var alreadyStored = context.HasEvent(eventId);

            var inputStory = body["storyId"]?.GetValue<string>();
            if (string.IsNullOrWhiteSpace(inputStory))
            {
                lineErrors.Add(new(input.Origin + ": storyId", "missing"));
            }
            else if (storyId is null)
            {
                storyId = inputStory;
            }
            else if (!string.Equals(storyId, inputStory, StringComparison.Ordinal))
            {
                lineErrors.Add(new(input.Origin + ": storyId", $"'{inputStory}' differs from '{storyId}' earlier in the batch; append one story per batch"));
            }

            if (lineErrors.Count == 0)
            {
                FillDefaults(input, body, context, lineErrors);
            }

            Fact? fact = null;
            if (lineErrors.Count == 0)
            {
                fact = Deserialize(input, body, lineErrors);
            }

            if (fact is not null && !alreadyStored)
            {
                fact = Canonicalize(fact);
                Check(input.Origin, fact, context, lineErrors);
            }

            if (lineErrors.Count > 0 || fact is null)
            {
                errors.AddRange(lineErrors);
                continue;
            }

            context.Add(fact, eventId);
            facts.Add(fact);
            events.Add(FactJson.ToEventData(fact, eventId, WithProperties(metadata, input.Properties)));
        }

        if (errors.Count > 0)
        {
            throw new InvalidInputException(errors);
        }

        return new PreparedBatch(storyId!, facts, events);
    }

    private static EventMetadata WithProperties(EventMetadata metadata, IReadOnlyDictionary<string, string>? properties)
    {
        if (properties is null || properties.Count == 0)
        {
            return metadata;
        }

        var merged = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in (metadata.Properties ?? new Dictionary<string, string>()).Concat(properties))
        {
            merged[key] = value;
        }

        return metadata with { Properties = merged };
    }

    private void FillDefaults(FactInput input, JsonObject body, StoryContext context, List<InputError> errors)
    {
        if (input.Type == "report-published")
        {
            var text = body["text"]?.GetValue<string>();
            if (text is not null)
            {
                var actual = ContentHash.Of(text);
                var given = body["contentHash"]?.GetValue<string>();
                if (given is null)
                {
                    body["contentHash"] = actual;
                }
                else if (!string.Equals(given, actual, StringComparison.OrdinalIgnoreCase))
                {
                    errors.Add(new(input.Origin + ": contentHash", $"'{given}' does not match the text (its hash is {actual})"));
                }
            }

            body["publishedAtIsEstimate"] ??= false;
            return;
        }

        if (body.ContainsKey("reportedAt"))
        {
            return;
        }

        var reportId = body["reportId"]?.GetValue<string>();
        if (reportId is not null && context.FindReport(reportId) is { } report)
        {
            body["reportedAt"] = report.PublishedAt.ToString("O", CultureInfo.InvariantCulture);
        }
        else if (reportId is null && input.Type is "claim-corrected" or "claim-retracted")
        {
            // A desk correction is reported when the desk makes it.
            body["reportedAt"] = time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        }
        else if (reportId is not null)
        {
            errors.Add(new(input.Origin + ": reportId", $"unknown report '{reportId}'; append its report-published fact first (or in the same batch, before it)"));
        }
    }

    private static Fact? Deserialize(FactInput input, JsonObject body, List<InputError> errors)
    {
        try
        {
            return FactJson.Deserialize(input.Type, body.ToJsonString());
        }
        catch (JsonException ex)
        {
            var field = ex.Path is { Length: > 2 } path ? path.TrimStart('$', '.') : "fact";
            errors.Add(new($"{input.Origin}: {field}", Explain(ex)));
            return null;
        }
    }

    private static string Explain(JsonException ex)
    {
        var message = ex.Message;
        if (message.Contains("missing required properties", StringComparison.OrdinalIgnoreCase))
        {
            var start = message.IndexOf("including: ", StringComparison.Ordinal);
            return start >= 0 ? "missing required field(s): " + message[(start + 11)..].TrimEnd('.').Replace("'", string.Empty, StringComparison.Ordinal) : message;
        }

        if (message.Contains("could not be mapped", StringComparison.OrdinalIgnoreCase))
        {
            return "unknown field: " + message;
        }

        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    private Fact Canonicalize(Fact fact) => fact switch
    {
        ClaimReported claim => claim with { Entities = claim.Entities.Select(gazetteer.Resolve).Distinct(StringComparer.Ordinal).ToList() },
        _ => fact,
    };

    private static void Check(string origin, Fact fact, StoryContext context, List<InputError> errors)
    {
        switch (fact)
        {
            case ReportPublished report:
                if (context.FindReport(report.ReportId) is { } stored && stored.ContentHash != report.ContentHash)
                {
                    errors.Add(new(origin + ": reportId", $"report '{report.ReportId}' is already stored with different text"));
                }

                if (string.IsNullOrWhiteSpace(report.Text))
                {
                    errors.Add(new(origin + ": text", "empty"));
                }

                break;
            case ClaimReported claim:
                if (context.HasClaim(claim.ClaimId))
                {
                    errors.Add(new(origin + ": claimId", $"claim '{claim.ClaimId}' already exists; use claim-corroborated to add another report of it"));
                }

                RequireText(origin + ": statement", claim.Statement, errors);
                CheckQuote(origin, claim.ReportId, claim.Quote, context, errors);
                break;
            case ClaimCorroborated corroboration:
                RequireClaim(origin, corroboration.ClaimId, "corroboration", context, errors);
                CheckQuote(origin, corroboration.ReportId, corroboration.Quote, context, errors);
                break;
            case ClaimDisputed dispute:
                RequireClaim(origin, dispute.ClaimId, "dispute", context, errors);
                RequireText(origin + ": reason", dispute.Reason, errors);
                CheckQuote(origin, dispute.ReportId, dispute.Quote, context, errors);
                break;
            case ClaimCorrected correction:
                RequireClaim(origin, correction.ClaimId, "correction", context, errors);
                RequireText(origin + ": statement", correction.Statement, errors);
                CheckOptionalQuote(origin, correction.ReportId, correction.Quote, context, errors);
                break;
            case ClaimRetracted retraction:
                RequireClaim(origin, retraction.ClaimId, "retraction", context, errors);
                RequireText(origin + ": reason", retraction.Reason, errors);
                CheckOptionalQuote(origin, retraction.ReportId, retraction.Quote, context, errors);
                break;
        }
    }

    private static void RequireText(string field, string value, List<InputError> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new(field, "empty"));
        }
    }

    private static void RequireClaim(string origin, string claimId, string what, StoryContext context, List<InputError> errors)
    {
        if (!context.HasClaim(claimId))
        {
            errors.Add(new(origin + ": claimId", $"{what} of unknown claim '{claimId}'; a claim must be reported (claim-reported) before it is corroborated, disputed, corrected or retracted"));
        }
    }

    private static void CheckOptionalQuote(string origin, string? reportId, QuoteSpan? quote, StoryContext context, List<InputError> errors)
    {
        if (quote is not null && reportId is null)
        {
            errors.Add(new(origin + ": reportId", "a quote needs the report it comes from"));
        }
        else if (quote is not null)
        {
            CheckQuote(origin, reportId!, quote, context, errors);
        }
        else if (reportId is not null && context.FindReport(reportId) is null)
        {
            errors.Add(new(origin + ": reportId", $"unknown report '{reportId}'"));
        }
    }

    private static void CheckQuote(string origin, string reportId, QuoteSpan quote, StoryContext context, List<InputError> errors)
    {
        if (context.FindReport(reportId) is not { } report)
        {
            errors.Add(new(origin + ": reportId", $"unknown report '{reportId}'; append its report-published fact first"));
            return;
        }

        var text = report.Text;
        if (quote.Start < 0 || quote.End <= quote.Start || quote.End > text.Length)
        {
            errors.Add(new(origin + ": quote", $"offsets {quote.Start}..{quote.End} are outside report '{reportId}' (its text is {text.Length} characters long)"));
        }
        else if (!quote.Matches(text))
        {
            var actual = text.Substring(quote.Start, quote.End - quote.Start);
            errors.Add(new(origin + ": quote.text", $"does not match report '{reportId}' at {quote.Start}..{quote.End}: the report has \"{Shorten(actual)}\""));
        }
    }

    private static string Shorten(string s) => s.Length <= 80 ? s : s[..77] + "...";
}
