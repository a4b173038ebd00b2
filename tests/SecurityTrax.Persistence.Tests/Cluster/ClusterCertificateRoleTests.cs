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
    public async Task TheSiloToSiloPortAcceptsOnlyASilosCertificate()
    {
        var silo = ClusterHandshake.AcceptsAsync(fixture.Silo.SiloPort, SiloCertificate);
        var gateway = ClusterHandshake.RefusesAsync(fixture.Silo.SiloPort, GatewayCertificate);
        var stranger = ClusterHandshake.RefusesAsync(fixture.Silo.SiloPort, TestCertificates.Stranger(ClusterRole.Silo));

        Assert.True(await silo);
        Assert.True(await gateway);
        Assert.True(await stranger);
    }

    [Fact]
    public async Task TheGatewayPortAcceptsOnlyAGatewaysCertificate()
    {
        var gateway = ClusterHandshake.AcceptsAsync(fixture.Silo.GatewayPort, GatewayCertificate);
        var silo = ClusterHandshake.RefusesAsync(fixture.Silo.GatewayPort, SiloCertificate);
        var stranger = ClusterHandshake.RefusesAsync(fixture.Silo.GatewayPort, TestCertificates.Stranger(ClusterRole.Gateway));

        Assert.True(await gateway);
        Assert.True(await silo);
        Assert.True(await stranger);
    }

    [Fact]
    public async Task ASiloGivenAGatewaysCertificateRefusesToStartNamingTheSetting()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => TestSilo.StartAsync(
            fixture.Database, fixture.ServiceId, PostgresFixture.NewId("cluster"), settings: TestCertificates.Gateway));

        Assert.Contains($"'{ClusterTrust.CertificateKey}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("silo role", error.Message, StringComparison.Ordinal);
    }
}
