using System.Text.Json.Nodes;

namespace Story.Application.Appending;

/// <summary>One fact as a user wrote it (a JSONL line, an HTTP body item), before it is checked.</summary>
/// <param name="Origin">Where it came from, for error messages: "line 12", "facts[3]".</param>
/// <param name="Type">The stored fact type name, e.g. "claim-reported".</param>
/// <param name="Body">The fact's fields.</param>
/// <param name="EventId">The caller's event id, if given; otherwise one is derived from the content so that retries are no-ops.</param>
/// <param name="Properties">
/// Metadata for this fact alone (e.g. the evidence for an automatic link: <c>link.kind</c>, <c>link.score</c>), merged
/// into the batch's <see cref="Story.Store.EventMetadata.Properties"/>; on a clash this fact's value wins. They are kept
/// with the event and covered by its hash, but are not part of the fact, so they do not change its event id.
/// </param>
public sealed record FactInput(string Origin, string Type, JsonObject Body, Guid? EventId, IReadOnlyDictionary<string, string>? Properties = null);
