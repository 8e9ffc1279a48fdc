namespace Story.Tests.Deployment;

/// <summary>
/// Reads the small subset of YAML our compose file uses (no YAML package is available): nested maps by indentation,
/// "key: value" scalars with optional quotes, "- item" lists of scalars, comments. Flow values such as
/// <c>["CMD", "x"]</c> are kept as their text. Anything beyond that subset is an error, so the file stays simple.
/// </summary>
public sealed class SimpleYaml
{
    private SimpleYaml(string? scalar) => Scalar = scalar;

    public string? Scalar { get; }

    public Dictionary<string, SimpleYaml> Map { get; } = new(StringComparer.Ordinal);

    public List<string> Items { get; } = [];

    public SimpleYaml this[string key] =>
        Map.TryGetValue(key, out var child) ? child : throw new KeyNotFoundException($"No '{key}' here; keys: {string.Join(", ", Map.Keys)}.");

    public static SimpleYaml Parse(string text)
    {
        var root = new SimpleYaml(null);
        var open = new Stack<(int Indent, SimpleYaml Node)>();
        open.Push((-1, root));
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.TrimEnd('\r');
            var content = line.TrimStart(' ');
            if (content.Length == 0 || content.StartsWith('#'))
            {
                continue;
            }

            var indent = line.Length - content.Length;
            while (open.Peek().Indent >= indent)
            {
                open.Pop();
            }

            var parent = open.Peek().Node;
            if (content.StartsWith("- ", StringComparison.Ordinal))
            {
                parent.Items.Add(Unquote(content[2..].Trim()));
                continue;
            }

            var colon = content.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                throw new FormatException($"Line {number}: expected 'key: value', '- item' or 'key:' but found '{content}'.");
            }

            var key = Unquote(content[..colon].Trim());
            var value = content[(colon + 1)..].Trim();
            var node = new SimpleYaml(value.Length == 0 ? null : Unquote(value));
            parent.Map.Add(key, node);
            if (value.Length == 0)
            {
                open.Push((indent, node));
            }
        }

        return root;
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[^1] == value[0] ? value[1..^1] : value;
}
