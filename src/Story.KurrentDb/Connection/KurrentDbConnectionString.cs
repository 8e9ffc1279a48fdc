using System.Globalization;
using System.Net;

namespace Story.KurrentDb;

/// <summary>
/// Where KurrentDB is and how to reach it, parsed from
/// <c>kurrentdb://user:pass@host:2113?tls=false</c> (also <c>esdb://</c>). The password is never shown by
/// <see cref="ToString"/>.
/// </summary>
public sealed class KurrentDbConnectionString
{
    public const int DefaultPort = 2113;

    private static readonly string[] Schemes = ["kurrentdb", "kdb", "esdb", "eventstore"];

    // Settings of the official clients that do not change what this engine does; accepted so strings copied from
    // their documentation still parse.
    private static readonly HashSet<string> IgnoredSettings = new(StringComparer.OrdinalIgnoreCase)
    {
        "nodePreference", "maxDiscoverAttempts", "discoveryInterval", "gossipTimeout", "throwOnAppendFailure",
    };

    private static readonly HashSet<string> KnownSettings = new(StringComparer.OrdinalIgnoreCase)
    {
        "tls", "tlsVerifyCert", "tlsCaFile", "defaultDeadline", "keepAliveInterval", "keepAliveTimeout", "connectionName",
    };

    private KurrentDbConnectionString(string scheme, IReadOnlyList<DnsEndPoint> hosts)
    {
        Scheme = scheme;
        Hosts = hosts;
    }

    public string Scheme { get; }

    /// <summary>The nodes listed. The engine talks to the first; cluster discovery is not implemented.</summary>
    public IReadOnlyList<DnsEndPoint> Hosts { get; }

    public string? UserName { get; private init; }

    public string? Password { get; private init; }

    /// <summary><c>tls</c>, default true (KurrentDB's default is a secure node).</summary>
    public bool UseTls { get; private init; } = true;

    /// <summary><c>tlsVerifyCert</c>, default true. False accepts any server certificate: only for local insecure clusters.</summary>
    public bool VerifyCertificate { get; private init; } = true;

    /// <summary><c>tlsCaFile</c>: a PEM or DER certificate of the CA that signed the node's certificate.</summary>
    public string? CaFile { get; private init; }

    /// <summary><c>defaultDeadline</c> in milliseconds, default 10 s: the deadline of appends and single reads.</summary>
    public TimeSpan DefaultDeadline { get; private init; } = TimeSpan.FromSeconds(10);

    /// <summary><c>keepAliveInterval</c> in milliseconds, default 10 s: HTTP/2 ping delay on idle connections.</summary>
    public TimeSpan KeepAliveInterval { get; private init; } = TimeSpan.FromSeconds(10);

    /// <summary><c>keepAliveTimeout</c> in milliseconds, default 10 s.</summary>
    public TimeSpan KeepAliveTimeout { get; private init; } = TimeSpan.FromSeconds(10);

    public string? ConnectionName { get; private init; }

    /// <summary>The first node's gRPC address: http:// (HTTP/2 prior knowledge) or https://.</summary>
    public Uri Address => new($"{(UseTls ? "https" : "http")}://{FormatHost(Hosts[0])}/");

    public static KurrentDbConnectionString Parse(string connectionString)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        var text = connectionString.Trim();
        var schemeEnd = text.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd <= 0)
        {
            throw new FormatException("The KurrentDB connection string must start with 'kurrentdb://' or 'esdb://', e.g. kurrentdb://admin:changeit@localhost:2113?tls=false.");
        }

        var scheme = text[..schemeEnd].ToLowerInvariant();
        if (scheme.EndsWith("+discover", StringComparison.Ordinal))
        {
            throw new FormatException($"The scheme '{scheme}' asks for cluster discovery through gossip, which Story's KurrentDB engine does not implement; list a node with '{scheme[..^"+discover".Length]}://'.");
        }

        if (!Schemes.Contains(scheme))
        {
            throw new FormatException($"The scheme '{scheme}' is not a KurrentDB scheme; use 'kurrentdb://' or 'esdb://'.");
        }

        var rest = text[(schemeEnd + 3)..];
        var queryStart = rest.IndexOf('?', StringComparison.Ordinal);
        var query = queryStart >= 0 ? rest[(queryStart + 1)..] : string.Empty;
        var authority = (queryStart >= 0 ? rest[..queryStart] : rest).TrimEnd('/');
        if (authority.Contains('/', StringComparison.Ordinal))
        {
            throw new FormatException($"The connection string has a path '{authority[authority.IndexOf('/', StringComparison.Ordinal)..]}'; KurrentDB connection strings have none.");
        }

        string? userName = null;
        string? password = null;
        var at = authority.LastIndexOf('@');
        if (at >= 0)
        {
            (userName, password) = ParseUserInfo(authority[..at]);
            authority = authority[(at + 1)..];
        }

        var hosts = authority.Split(',').Select(ParseHost).ToArray();
        var settings = ParseQuery(query);
        return new KurrentDbConnectionString(scheme, hosts)
        {
            UserName = userName,
            Password = password,
            UseTls = Bool(settings, "tls", true),
            VerifyCertificate = Bool(settings, "tlsVerifyCert", true),
            CaFile = settings.GetValueOrDefault("tlsCaFile"),
            DefaultDeadline = Milliseconds(settings, "defaultDeadline", TimeSpan.FromSeconds(10)),
            KeepAliveInterval = Milliseconds(settings, "keepAliveInterval", TimeSpan.FromSeconds(10)),
            KeepAliveTimeout = Milliseconds(settings, "keepAliveTimeout", TimeSpan.FromSeconds(10)),
            ConnectionName = settings.GetValueOrDefault("connectionName"),
        };
    }

    /// <summary>The connection string with the password replaced by <c>***</c>.</summary>
    public override string ToString()
    {
        var user = UserName is null ? string.Empty : $"{Uri.EscapeDataString(UserName)}{(Password is null ? string.Empty : ":***")}@";
        var settings = new List<string> { $"tls={(UseTls ? "true" : "false")}" };
        if (!VerifyCertificate)
        {
            settings.Add("tlsVerifyCert=false");
        }

        if (CaFile is not null)
        {
            settings.Add($"tlsCaFile={CaFile}");
        }

        return $"{Scheme}://{user}{string.Join(",", Hosts.Select(FormatHost))}?{string.Join("&", settings)}";
    }

    private static (string User, string? Password) ParseUserInfo(string userInfo)
    {
        var colon = userInfo.IndexOf(':', StringComparison.Ordinal);
        var user = Uri.UnescapeDataString(colon >= 0 ? userInfo[..colon] : userInfo);
        if (user.Length == 0)
        {
            throw new FormatException("The user name before '@' is empty.");
        }

        return (user, colon >= 0 ? Uri.UnescapeDataString(userInfo[(colon + 1)..]) : null);
    }

    private static DnsEndPoint ParseHost(string hostAndPort)
    {
        if (hostAndPort.Length == 0)
        {
            throw new FormatException("The connection string names no host (expected host or host:port after '://').");
        }

        string host;
        string? portText = null;
        if (hostAndPort.StartsWith('['))
        {
            // IPv6 literal: [::1]:2113
            var close = hostAndPort.IndexOf(']', StringComparison.Ordinal);
            if (close < 0)
            {
                throw new FormatException($"The host '{hostAndPort}' opens an IPv6 bracket it does not close.");
            }

            host = hostAndPort[1..close];
            if (close + 1 < hostAndPort.Length)
            {
                portText = hostAndPort[(close + 1)..].TrimStart(':');
            }
        }
        else
        {
            var colon = hostAndPort.LastIndexOf(':');
            host = colon >= 0 ? hostAndPort[..colon] : hostAndPort;
            portText = colon >= 0 ? hostAndPort[(colon + 1)..] : null;
        }

        if (host.Length == 0 || Uri.CheckHostName(host) == UriHostNameType.Unknown)
        {
            throw new FormatException($"The host '{host}' is not a valid host name or address.");
        }

        var port = DefaultPort;
        if (portText is not null
            && (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out port) || port is < 1 or > 65535))
        {
            throw new FormatException($"The port '{portText}' of host '{host}' is not a number from 1 to 65535.");
        }

        return new DnsEndPoint(host, port);
    }

    private static Dictionary<string, string> ParseQuery(string query)
    {
        var settings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new FormatException($"The setting '{pair}' is not name=value.");
            }

            var name = pair[..equals];
            var value = Uri.UnescapeDataString(pair[(equals + 1)..]);
            if (IgnoredSettings.Contains(name))
            {
                continue;
            }

            if (!KnownSettings.Contains(name))
            {
                throw new FormatException($"Unknown setting '{name}'. Known: {string.Join(", ", KnownSettings)}.");
            }

            settings[name] = value;
        }

        return settings;
    }

    private static bool Bool(Dictionary<string, string> settings, string name, bool fallback)
    {
        if (!settings.TryGetValue(name, out var text))
        {
            return fallback;
        }

        return bool.TryParse(text, out var value)
            ? value
            : throw new FormatException($"The setting '{name}={text}' is not true or false.");
    }

    private static TimeSpan Milliseconds(Dictionary<string, string> settings, string name, TimeSpan fallback)
    {
        if (!settings.TryGetValue(name, out var text))
        {
            return fallback;
        }

        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var ms) && ms > 0
            ? TimeSpan.FromMilliseconds(ms)
            : throw new FormatException($"The setting '{name}={text}' is not a positive number of milliseconds.");
    }

    private static string FormatHost(DnsEndPoint endPoint) =>
        endPoint.Host.Contains(':', StringComparison.Ordinal) ? $"[{endPoint.Host}]:{endPoint.Port}" : $"{endPoint.Host}:{endPoint.Port}";
}
