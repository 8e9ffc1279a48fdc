using System.Security.Cryptography;
using System.Text;

namespace Story.Server.Access;

/// <summary>
/// A set of API keys, kept only as SHA-256 hashes. A presented key is hashed and compared with every stored hash in
/// constant time, so neither the comparison nor the number of keys checked tells an attacker how close a guess was.
/// </summary>
public sealed class ApiKeySet
{
    private readonly IReadOnlyList<byte[]> _hashes;

    private ApiKeySet(IReadOnlyList<byte[]> hashes) => _hashes = hashes;

    public bool IsEmpty => _hashes.Count == 0;

    /// <summary>Comma-separated keys; blanks around and between them are ignored.</summary>
    public static ApiKeySet Parse(string? commaSeparated) => Of((commaSeparated ?? string.Empty).Split(','));

    public static ApiKeySet Of(IEnumerable<string> keys) =>
        new(keys.Select(k => k.Trim()).Where(k => k.Length > 0).Select(Hash).ToList());

    public bool Accepts(string? presented)
    {
        if (string.IsNullOrEmpty(presented))
        {
            return false;
        }

        var candidate = Hash(presented);
        var accepted = false;
        foreach (var hash in _hashes)
        {
            accepted |= CryptographicOperations.FixedTimeEquals(candidate, hash);
        }

        return accepted;
    }

    private static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
