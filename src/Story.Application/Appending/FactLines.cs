using System.Text.Json;
using System.Text.Json.Nodes;
using Story.Application.Validation;

namespace Story.Application.Appending;

/// <summary>Reads facts written one JSON object per line (JSONL). Blank lines and lines starting with # are skipped.</summary>
public static class FactLines
{
    public static IReadOnlyList<FactInput> Parse(string content)
    {
        var inputs = new List<FactInput>();
        var errors = new List<InputError>();
        var lines = content.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var origin = $"line {i + 1}";
            try
            {
                inputs.Add(FactInputs.FromJson(origin, JsonNode.Parse(line)));
            }
            catch (JsonException ex)
            {
                errors.Add(new InputError(origin, $"not valid JSON ({FirstSentence(ex.Message)})"));
            }
            catch (InvalidInputException ex)
            {
                errors.AddRange(ex.Errors);
            }
        }

        if (errors.Count > 0)
        {
            throw new InvalidInputException(errors);
        }

        return inputs.Count == 0 ? throw new InvalidInputException("input", "no facts found (expected one JSON object per line)") : inputs;
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". ", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message.TrimEnd('.');
    }
}
