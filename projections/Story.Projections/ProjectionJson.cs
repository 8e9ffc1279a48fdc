using System.Text.Json;
using Story.Facts;

namespace Story.Projections;

/// <summary>
/// Projection states as JSON in the one shape Story uses (<see cref="FactJson.Options"/>). States hold read-only
/// lists, which records do not compare by content, so two states are equal exactly when their JSON is equal:
/// every dictionary is sorted by key, so the text does not depend on the order facts were folded in.
/// </summary>
public static class ProjectionJson
{
    public static string Serialize<T>(T state) => JsonSerializer.Serialize(state, FactJson.Options);

    /// <summary>True when both states hold the same content.</summary>
    public static bool SameContent<T>(T left, T right) =>
        string.Equals(Serialize(left), Serialize(right), StringComparison.Ordinal);
}
