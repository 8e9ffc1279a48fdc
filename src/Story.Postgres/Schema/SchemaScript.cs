using System.Globalization;
using System.Reflection;

namespace Story.Postgres.Schema;

/// <summary>One numbered schema script (Scripts/NNNN_name.sql), embedded in the assembly; applied once, in number order.</summary>
internal sealed record SchemaScript(int Version, string Name, string Sql)
{
    private const string Folder = ".Scripts.";

    public static IReadOnlyList<SchemaScript> All { get; } = Load();

    private static SchemaScript[] Load()
    {
        var assembly = typeof(SchemaScript).Assembly;
        var scripts = assembly.GetManifestResourceNames()
            .Where(n => n.EndsWith(".sql", StringComparison.Ordinal) && n.Contains(Folder, StringComparison.Ordinal))
            .Select(n => Read(assembly, n))
            .OrderBy(s => s.Version)
            .ToArray();
        for (var i = 0; i < scripts.Length; i++)
        {
            if (scripts[i].Version != i + 1)
            {
                throw new InvalidOperationException($"Schema scripts must be numbered 1, 2, 3... without gaps; found {scripts[i].Name} at place {i + 1}.");
            }
        }

        return scripts;
    }

    private static SchemaScript Read(Assembly assembly, string resource)
    {
        var fileName = resource[(resource.LastIndexOf(Folder, StringComparison.Ordinal) + Folder.Length)..];
        var number = fileName.Split('_', 2)[0];
        if (!int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            throw new InvalidOperationException($"Schema script '{fileName}' must start with its number, e.g. 0003_name.sql.");
        }

        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return new(version, fileName, reader.ReadToEnd());
    }
}
