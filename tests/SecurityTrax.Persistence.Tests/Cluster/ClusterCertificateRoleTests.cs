using System.Security.Cryptography.X509Certificates;
using SecurityTrax.Security;
using SecurityTrax.Testing;

namespace SecurityTrax.Persistence.Tests.Cluster;

/// <summary>
/// Silo and gateway certificates have roles, checked per port (issue 22): a gateway's certificate and key, the ones most
/// often deployed, do not open the silo-to-silo port, and a silo's do not pose as a gateway.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ClusterCertificateRoleTests(PostgresFixture fixture)
{
    private static readonly X509Certificate2 SiloCertificate = TestCertificates.CertificateOf(TestCertificates.Silo);
    private static readonly X509Certificate2 GatewayCertificate = TestCertificates.CertificateOf(TestCertificates.Gateway);

    [Fact]
    public Task TheSiloToSiloPortAcceptsOnlyASilosCertificate() =>
        AcceptsOnlyAsync(fixture.Silo.SiloPort, SiloCertificate, GatewayCertificate, TestCertificates.Stranger(ClusterRole.Silo));

    [Fact]
    public Task TheGatewayPortAcceptsOnlyAGatewaysCertificate() =>
        AcceptsOnlyAsync(fixture.Silo.GatewayPort, GatewayCertificate, SiloCertificate, TestCertificates.Stranger(ClusterRole.Gateway));

    [Fact]
    public async Task ASiloGivenAGatewaysCertificateRefusesToStartNamingTheSetting()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => TestSilo.StartAsync(
            fixture.Database, fixture.ServiceId, PostgresFixture.NewId("cluster"), settings: TestCertificates.Gateway));

        Assert.Contains($"'{ClusterTrust.CertificateKey}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("silo role", error.Message, StringComparison.Ordinal);
    }

    // All three at once: a refusal closes the connection at once, an accepted one is watched for a while.
    private static async Task AcceptsOnlyAsync(int port, X509Certificate2 accepted, X509Certificate2 otherRole, X509Certificate2 stranger)
    {
        var accepting = ClusterHandshake.AcceptsAsync(port, accepted);
        var refusingOtherRole = ClusterHandshake.RefusesAsync(port, otherRole);
        var refusingStranger = ClusterHandshake.RefusesAsync(port, stranger);

        Assert.True(await accepting);
        Assert.True(await refusingOtherRole);
        Assert.True(await refusingStranger);
    }
}
