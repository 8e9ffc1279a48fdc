using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace Story.KurrentDb.Connection;

/// <summary>Trusts a server certificate that chains to one given CA (KurrentDB nodes usually carry certificates of their own CA).</summary>
internal static class CertificateTrust
{
    public static bool IsTrusted(X509Certificate2 authority, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (errors == SslPolicyErrors.None)
        {
            return true;
        }

        // A name mismatch or a missing certificate is not fixed by trusting another root.
        if (certificate is null || (errors & ~SslPolicyErrors.RemoteCertificateChainErrors) != SslPolicyErrors.None)
        {
            return false;
        }

        using var custom = new X509Chain();
        custom.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        custom.ChainPolicy.CustomTrustStore.Add(authority);
        custom.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        if (chain is not null)
        {
            foreach (var element in chain.ChainElements)
            {
                custom.ChainPolicy.ExtraStore.Add(element.Certificate);
            }
        }

        if (certificate is X509Certificate2 server)
        {
            return custom.Build(server);
        }

        using var copy = new X509Certificate2(certificate);
        return custom.Build(copy);
    }
}
