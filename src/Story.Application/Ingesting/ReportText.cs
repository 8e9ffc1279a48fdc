using System.Text;
using Story.Application.Validation;
using Story.Extraction;

namespace Story.Application.Ingesting;

/// <summary>
/// Turns the bytes of an uploaded report into its text: strict UTF-8 (a byte sequence that is not UTF-8, or a NUL
/// byte, is binary data, not a report), no larger than <see cref="ReportValidation.MaxUtf8Bytes"/>, with a leading
/// byte order mark dropped so that a file saved with one is the same report as without.
/// </summary>
public static class ReportText
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text of <paramref name="bytes"/>; errors name <paramref name="field"/>.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string field)
    {
        if (bytes.Length > ReportValidation.MaxUtf8Bytes)
        {
            throw TooLarge(field, bytes.Length);
        }

        if (bytes.IndexOf((byte)0) >= 0)
        {
            throw new InvalidInputException(field, "looks like binary data (it contains NUL bytes), not a report text");
        }

        var bom = Encoding.UTF8.Preamble;
        if (bytes.StartsWith(bom))
        {
            bytes = bytes[bom.Length..];
        }

        try
        {
            return Strict.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new InvalidInputException(field, "is not UTF-8 text (binary data, or another encoding); save the report as UTF-8");
        }
    }

    /// <summary>Reads a report file, refusing one too large to be a report before reading it.</summary>
    public static async Task<string> ReadFileAsync(string path, string field, CancellationToken cancellationToken)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new FileNotFoundException($"{path}: no such file.", path);
        }

        if (info.Length > ReportValidation.MaxUtf8Bytes)
        {
            throw TooLarge(field, info.Length);
        }

        return Decode(await File.ReadAllBytesAsync(path, cancellationToken), field);
    }

    private static InvalidInputException TooLarge(string field, long bytes) =>
        new(field, $"is {bytes / 1024} KB; a report may be at most {ReportValidation.MaxUtf8Bytes / 1024} KB (no news report is that long)");
}
