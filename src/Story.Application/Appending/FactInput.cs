using System.Text.Json.Nodes;

namespace Story.Application.Appending;

/// <summary>One fact as a user wrote it (a JSONL line, an HTTP body item), before it is checked.</summary>
/// <param name="Origin">Where it came from, for error messages: "line 12", "facts[3]".</param>
/// <param name="Type">The stored fact type name, e.g. "claim-reported".</param>
/// <param name="Body">The fact's fields.</param>
/// <param name="EventId">The caller's event id, if given; otherwise one is derived from the content so that retries are no-ops.</param>
public sealed record FactInput(string Origin, string Type, JsonObject Body, Guid? EventId);
