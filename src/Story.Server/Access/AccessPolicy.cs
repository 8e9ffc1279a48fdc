using System.Security.Cryptography;

namespace Story.Server.Access;

/// <summary>
/// Who may write and who may read. Writes need a key from <c>STORY_API_KEYS</c>; when that variable is not set at all,
/// one key is generated for this run (and printed once) so that a fresh checkout works; when it is set but empty,
/// writes are refused. Reads are open unless <c>STORY_READ_KEYS</c> is set; a write key may always read.
/// </summary>
public sealed class AccessPolicy(ApiKeySet writeKeys, ApiKeySet readKeys, string? generatedKey)
{
    public const string WriteKeysVariable = "STORY_API_KEYS";
    public const string ReadKeysVariable = "STORY_READ_KEYS";

    public ApiKeySet WriteKeys { get; } = writeKeys;

    /// <summary>Empty when reads are open.</summary>
    public ApiKeySet ReadKeys { get; } = readKeys;

    /// <summary>The key generated for this run when none was configured; shown once at start-up, never logged.</summary>
    public string? GeneratedKey { get; } = generatedKey;

    public bool ReadsAreOpen => ReadKeys.IsEmpty;

    public bool CanWrite(string? presentedKey) => WriteKeys.Accepts(presentedKey);

    public bool CanRead(string? presentedKey) => ReadsAreOpen || ReadKeys.Accepts(presentedKey) || WriteKeys.Accepts(presentedKey);

    public static AccessPolicy From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var readKeys = ApiKeySet.Parse(configuration[ReadKeysVariable]);
        var configured = configuration[WriteKeysVariable];
        if (configured is not null)
        {
            return new AccessPolicy(ApiKeySet.Parse(configured), readKeys, null);
        }

        var generated = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');
        return new AccessPolicy(ApiKeySet.Of([generated]), readKeys, generated);
    }
}
