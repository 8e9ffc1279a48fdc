using System.Net.Http;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace Story.KurrentDb.Connection;

/// <summary>The HTTP/2 transport to a KurrentDB node: keep-alive pings, and TLS trust as the connection string says.</summary>
internal static class KurrentDbHttpHandler
{
    public static SocketsHttpHandler Create(KurrentDbConnectionString connection)
    {
        var handler = new SocketsHttpHandler
        {
            // Subscriptions hold a stream open for hours; more than 100 of them must not queue behind each other.
            EnableMultipleHttp2Connections = true,
            KeepAlivePingDelay = connection.KeepAliveInterval,
            KeepAlivePingTimeout = connection.KeepAliveTimeout,
            KeepAlivePingPolicy = HttpKeepAlivePingPolicy.WithActiveRequests,
            PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan,
            ConnectTimeout = connection.DefaultDeadline,
        };

        if (connection.UseTls)
        {
            handler.SslOptions = new SslClientAuthenticationOptions
            {
                ApplicationProtocols = [SslApplicationProtocol.Http2],
                RemoteCertificateValidationCallback = CreateValidator(connection),
            };
        }

        return handler;
    }

    private static RemoteCertificateValidationCallback? CreateValidator(KurrentDbConnectionString connection)
    {
        if (!connection.VerifyCertificate)
        {
            // The user asked for this with tlsVerifyCert=false (local insecure clusters with self-signed certificates).
#pragma warning disable CA5359
            return static (_, _, _, _) => true;
#pragma warning restore CA5359
        }

        if (connection.CaFile is null)
        {
            return null;
        }

        var authority = LoadCertificate(connection.CaFile);
        return (_, certificate, chain, errors) => CertificateTrust.IsTrusted(authority, certificate, chain, errors);
    }

    private static X509Certificate2 LoadCertificate(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The CA certificate '{path}' given as tlsCaFile does not exist.", path);
        }

        var text = File.ReadAllText(path);
        return text.Contains("-----BEGIN CERTIFICATE-----", StringComparison.Ordinal)
            ? X509Certificate2.CreateFromPem(text)
            : X509CertificateLoader.LoadCertificateFromFile(path);
    }
}
