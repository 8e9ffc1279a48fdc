using System.Reflection;

namespace Story.Facts;

/// <summary>Maps stored fact names to CLR types and back.</summary>
public static class FactTypes
{
    private static readonly Dictionary<string, Type> ByName = typeof(Fact).Assembly.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(Fact)) && !t.IsAbstract)
        .ToDictionary(t => t.GetCustomAttribute<FactTypeAttribute>()?.Name
            ?? throw new InvalidOperationException($"{t.Name} has no [FactType] name."), StringComparer.Ordinal);

    private static readonly Dictionary<Type, string> ByType = ByName.ToDictionary(kv => kv.Value, kv => kv.Key);

    public static IReadOnlyCollection<string> Names => ByName.Keys;

    public static string NameOf(Fact fact) => NameOf(fact.GetType());

    public static string NameOf(Type type) =>
        ByType.TryGetValue(type, out var name) ? name : throw new ArgumentException($"{type.Name} is not a fact type.", nameof(type));

    public static bool TryGetType(string name, out Type type) => ByName.TryGetValue(name, out type!);
}
