using System.Text.Json;
using Story.Facts;

namespace Story.Cli.Output;

/// <summary>The <c>--json</c> output: the documented shapes, camelCase, enums as strings, nulls omitted.</summary>
public static class JsonOutput
{
    private static readonly JsonSerializerOptions Indented = new(FactJson.Options) { WriteIndented = true };

    public static void Write<T>(T value) => Console.Out.WriteLine(JsonSerializer.Serialize(value, Indented));

    /// <summary>One object per line, for streams (<c>story follow --json</c>).</summary>
    public static void WriteLine<T>(T value) => Console.Out.WriteLine(JsonSerializer.Serialize(value, FactJson.Options));
}
