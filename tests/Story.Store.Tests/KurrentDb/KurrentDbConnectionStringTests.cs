using Story.KurrentDb;

namespace Story.Store.Tests.KurrentDb;

public sealed class KurrentDbConnectionStringTests
{
    [Fact]
    public void Parse_InsecureLocalNode_GivesHttpAddressAndCredentials()
    {
        // When
        var cs = KurrentDbConnectionString.Parse("kurrentdb://admin:changeit@localhost:2113?tls=false");

        // Then
        Assert.Equal("localhost", Assert.Single(cs.Hosts).Host);
        Assert.Equal(2113, cs.Hosts[0].Port);
        Assert.Equal("admin", cs.UserName);
        Assert.Equal("changeit", cs.Password);
        Assert.False(cs.UseTls);
        Assert.Equal(new Uri("http://localhost:2113/"), cs.Address);
    }

    [Fact]
    public void Parse_EsdbSchemeWithoutPortOrSettings_DefaultsToSecure2113()
    {
        var cs = KurrentDbConnectionString.Parse("esdb://db.example.org");

        Assert.True(cs.UseTls);
        Assert.True(cs.VerifyCertificate);
        Assert.Equal(new Uri("https://db.example.org:2113/"), cs.Address);
        Assert.Null(cs.UserName);
        Assert.Equal(TimeSpan.FromSeconds(10), cs.DefaultDeadline);
    }

    [Fact]
    public void Parse_AllSettings_AreRead()
    {
        var cs = KurrentDbConnectionString.Parse(
            "kurrentdb://ops:s3cret@node1:2113,node2:2114,[::1]:2115/?tls=true&tlsVerifyCert=false&tlsCaFile=%2Fcerts%2Fca.crt&defaultDeadline=2500&keepAliveInterval=5000&keepAliveTimeout=7000&connectionName=story&nodePreference=leader");

        Assert.Equal(["node1:2113", "node2:2114", "::1:2115"], cs.Hosts.Select(h => $"{h.Host}:{h.Port}"));
        Assert.False(cs.VerifyCertificate);
        Assert.Equal("/certs/ca.crt", cs.CaFile);
        Assert.Equal(TimeSpan.FromMilliseconds(2500), cs.DefaultDeadline);
        Assert.Equal(TimeSpan.FromSeconds(5), cs.KeepAliveInterval);
        Assert.Equal(TimeSpan.FromSeconds(7), cs.KeepAliveTimeout);
        Assert.Equal("story", cs.ConnectionName);
        Assert.Equal(new Uri("https://node1:2113/"), cs.Address);
    }

    [Fact]
    public void Parse_PercentEncodedPassword_IsDecoded()
    {
        var cs = KurrentDbConnectionString.Parse("kurrentdb://admin:p%40ss%3Aw0rd@localhost?tls=false");

        Assert.Equal("p@ss:w0rd", cs.Password);
    }

    [Fact]
    public void ToString_HidesThePassword()
    {
        // Given
        var cs = KurrentDbConnectionString.Parse("kurrentdb://admin:changeit@localhost:2113?tls=false");

        // When
        var text = cs.ToString();

        // Then
        Assert.DoesNotContain("changeit", text, StringComparison.Ordinal);
        Assert.Equal("kurrentdb://admin:***@localhost:2113?tls=false", text);
    }

    [Fact]
    public async Task Store_Description_HidesThePassword()
    {
        // Given a store (creating it connects to nothing)
        var cs = KurrentDbConnectionString.Parse("kurrentdb://admin:changeit@localhost:2113?tls=false");
        await using var store = KurrentDbEventStore.Create(cs);

        // Then
        Assert.DoesNotContain("changeit", store.Description, StringComparison.Ordinal);
        Assert.Contains("localhost:2113", store.Description, StringComparison.Ordinal);
        Assert.Contains("admin", store.Description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://localhost:2113", "'http'")]
    [InlineData("localhost:2113", "kurrentdb://")]
    [InlineData("kurrentdb+discover://admin:changeit@cluster.dns:2113", "discovery")]
    [InlineData("kurrentdb://localhost:99999", "'99999'")]
    [InlineData("kurrentdb://localhost:port", "'port'")]
    [InlineData("kurrentdb://localhost?tls=maybe", "'tls=maybe'")]
    [InlineData("kurrentdb://localhost?tlz=false", "'tlz'")]
    [InlineData("kurrentdb://localhost?defaultDeadline=-5", "'defaultDeadline=-5'")]
    [InlineData("kurrentdb://localhost?tls", "'tls'")]
    [InlineData("kurrentdb://admin:changeit@", "no host")]
    [InlineData("kurrentdb://:changeit@localhost", "user name")]
    [InlineData("kurrentdb://localhost/streams", "'/streams'")]
    [InlineData("kurrentdb://bad host", "'bad host'")]
    public void Parse_BadPart_FormatExceptionNamesIt(string connectionString, string named)
    {
        var failure = Assert.Throws<FormatException>(() => KurrentDbConnectionString.Parse(connectionString));

        Assert.Contains(named, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BadPart_MessageNeverShowsThePassword()
    {
        var failure = Assert.Throws<FormatException>(() => KurrentDbConnectionString.Parse("kurrentdb://admin:changeit@localhost:0"));

        Assert.DoesNotContain("changeit", failure.Message, StringComparison.Ordinal);
    }
}
