using Microsoft.Extensions.Configuration;
using SecurityTrax.Security;
using SecurityTrax.Testing;

namespace SecurityTrax.Persistence.Tests.Cluster;

/// <summary>How the revocation list is read: as openssl prints fingerprints, as a list or one value, and never half-read.</summary>
public sealed class RevokedCertificatesTests
{
    private static readonly System.Security.Cryptography.X509Certificates.X509Certificate2 Gateway =
        TestCertificates.CertificateOf(TestCertificates.Gateway);

    [Fact]
    public void AFingerprintAsOpensslPrintsItOrAsAListEntryRevokesTheCertificate()
    {
        var fingerprint = RevokedCertificates.FingerprintOf(Gateway);
        var withColons = string.Join(':', fingerprint.Chunk(2).Select(pair => new string(pair)));

        Assert.True(Read(new() { [RevokedCertificates.Key] = withColons }).Contains(Gateway));
        Assert.True(Read(new() { [$"{RevokedCertificates.Key}:0"] = new string('A', 64), [$"{RevokedCertificates.Key}:1"] = fingerprint.ToLowerInvariant() }).Contains(Gateway));
        Assert.False(Read(new() { [RevokedCertificates.Key] = new string('0', 64) }).Contains(Gateway));
        Assert.Equal(0, Read([]).Count);
    }

    [Fact]
    public void AnEntryThatIsNoFingerprintFailsNamingTheSettingAndTheEntry()
    {
        var error = Assert.Throws<InvalidOperationException>(
            () => Read(new() { [RevokedCertificates.Key] = $"{RevokedCertificates.FingerprintOf(Gateway)}, 0A1B2C" }));

        Assert.Contains($"'{RevokedCertificates.Key}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'0A1B2C'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ARoleIsTheOneUriNameWithTheUsagesItNeeds()
    {
        Assert.True(ClusterRoles.Holds(Gateway, ClusterRole.Gateway));
        Assert.False(ClusterRoles.Holds(Gateway, ClusterRole.Silo));
        var silo = TestCertificates.CertificateOf(TestCertificates.Silo);
        Assert.True(ClusterRoles.Holds(silo, ClusterRole.Silo));
        Assert.False(ClusterRoles.Holds(silo, ClusterRole.Gateway));
    }

    private static RevokedCertificates Read(Dictionary<string, string?> settings) =>
        RevokedCertificates.From(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
}
