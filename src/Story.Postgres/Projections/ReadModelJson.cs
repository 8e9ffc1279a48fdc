using System.Text.Json;
using System.Text.Json.Serialization;
using Story.Facts;

namespace Story.Postgres.Projections;

/// <summary>
/// Read-model rows hold projection states in Story's JSON shape (<see cref="FactJson.Options"/>), except that nulls are
/// written: the states' records require every constructor parameter when read back, including the null ones.
/// </summary>
internal static class ReadModelJson
{
    private static readonly JsonSerializerOptions Options = CreateOptions();

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"A read-model row holds null where a {typeof(T).Name} belongs.");

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(FactJson.Options) { DefaultIgnoreCondition = JsonIgnoreCondition.Never };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
