namespace Story.Entities;

/// <summary>Given names that are spellings or short forms of one another.</summary>
internal static class GivenNames
{
    private static readonly string[][] VariantGroups =
    [
        ["vladimir", "volodymyr", "volodimir", "wladimir"],
        ["dan", "daniel", "danny"],
        ["steve", "steven", "stephen"],
        ["mike", "michael"],
        ["tom", "thomas"],
        ["bill", "william", "will"],
        ["bob", "robert", "rob"],
        ["jim", "james"],
        ["joe", "joseph"],
        ["alex", "alexander", "oleksandr", "aleksandr", "alexandr"],
        ["andriy", "andrey", "andrei", "andrii"],
        ["dmitry", "dmitri", "dmytro"],
        ["sergey", "sergei", "serhiy", "serhii"],
        ["yury", "yuri", "yuriy", "yurii"],
        ["mykola", "nikolai", "nikolay"],
        ["recep", "tayyip"],
    ];

    private static readonly Dictionary<string, int> GroupByName = VariantGroups
        .SelectMany((group, index) => group.Select(name => (name, index)))
        .ToDictionary(x => x.name, x => x.index, StringComparer.Ordinal);

    public static bool AreVariants(string a, string b) =>
        a == b || (GroupByName.TryGetValue(a, out var ga) && GroupByName.TryGetValue(b, out var gb) && ga == gb);

    public static bool IsKnownGivenName(string name) => GroupByName.ContainsKey(name);
}
