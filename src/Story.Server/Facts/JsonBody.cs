using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Story.Application.Validation;

namespace Story.Server.Facts;

/// <summary>
/// Reads a request body as JSON, refusing bodies over the size limit with 413 whatever the server in front does
/// (Kestrel enforces the same limit; the in-memory test server does not).
/// </summary>
public static class JsonBody
{
    public static async Task<JsonNode> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        var bytes = await ReadBytesAsync(request, maxBytes, cancellationToken);
        if (bytes.Length == 0)
        {
            throw new InvalidInputException("body", "empty; expected a JSON object");
        }

        try
        {
            return JsonNode.Parse(bytes)
                ?? throw new InvalidInputException("body", "null; expected a JSON object");
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" at line {line + 1}, byte {ex.BytePositionInLine + 1}" : string.Empty;
            throw new InvalidInputException("body", "not valid JSON" + where);
        }
    }

    /// <summary>The raw body, refused with 413 past <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]> ReadBytesAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > maxBytes)
        {
            throw TooLarge(maxBytes);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw TooLarge(maxBytes);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static BadHttpRequestException TooLarge(long maxBytes) => new(
        $"The request body is larger than {maxBytes.ToString(CultureInfo.InvariantCulture)} bytes; split the facts into smaller batches.",
        StatusCodes.Status413PayloadTooLarge);
}
