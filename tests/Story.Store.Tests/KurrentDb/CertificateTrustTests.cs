using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Story.KurrentDb.Connection;

namespace Story.Store.Tests.KurrentDb;

/// <summary>tlsCaFile: a node certificate signed by the given CA is trusted; one from another CA is not.</summary>
public sealed class CertificateTrustTests
{
    private static X509Certificate2 CreateAuthority(string name)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
    }

    private static X509Certificate2 CreateNode(X509Certificate2 authority)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=node1", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        return request.Create(authority, DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(10), [1, 2, 3, 4]);
    }

    [Fact]
    public void IsTrusted_NodeSignedByGivenCa_IsTrusted()
    {
        using var authority = CreateAuthority("Story Test CA");
        using var node = CreateNode(authority);

        Assert.True(CertificateTrust.IsTrusted(authority, node, null, SslPolicyErrors.RemoteCertificateChainErrors));
    }

    [Fact]
    public void IsTrusted_NodeSignedByAnotherCa_IsNotTrusted()
    {
        using var authority = CreateAuthority("Story Test CA");
        using var other = CreateAuthority("Someone Else");
        using var node = CreateNode(other);

        Assert.False(CertificateTrust.IsTrusted(authority, node, null, SslPolicyErrors.RemoteCertificateChainErrors));
    }

    [Fact]
    public void IsTrusted_NameMismatch_IsNotForgivenByTheCa()
    {
        using var authority = CreateAuthority("Story Test CA");
        using var node = CreateNode(authority);

        Assert.False(CertificateTrust.IsTrusted(authority, node, null, SslPolicyErrors.RemoteCertificateNameMismatch));
    }
}
