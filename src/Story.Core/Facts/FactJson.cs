using System.Text.Json;
using System.Text.Json.Serialization;
using Story.Store;

namespace Story.Facts;

/// <summary>The one JSON shape of facts, used by the store, the CLI's <c>--json</c> and the HTTP API.</summary>
public static class FactJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    public static string Serialize(Fact fact) => JsonSerializer.Serialize(fact, fact.GetType(), Options);

    public static Fact Deserialize(string type, string json)
    {
        if (!FactTypes.TryGetType(type, out var clrType))
        {
            throw new JsonException($"Unknown fact type '{type}'. Known types: {string.Join(", ", FactTypes.Names)}.");
        }

        return (Fact)(JsonSerializer.Deserialize(json, clrType, Options)
            ?? throw new JsonException($"A '{type}' fact cannot be null."));
    }

    /// <summary>The event to append for a fact.</summary>
    public static EventData ToEventData(Fact fact, Guid eventId, EventMetadata metadata) =>
        new(eventId, FactTypes.NameOf(fact), Serialize(fact), metadata);

    /// <summary>The typed fact inside a stored event, with its envelope.</summary>
    public static RecordedFact ToRecordedFact(RecordedEvent e) => new(e, Deserialize(e.EventType, e.Data));
}
