using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SecurityTrax.Security;
using SecurityTrax.Testing;

namespace SecurityTrax.Persistence.Tests.Cluster;

/// <summary>
/// One certificate of the installation's authority revoked by configuration (issue 22): a silo refuses it while every
/// other certificate of the authority still connects (the gateway's end: <see cref="ClusterTlsTests"/>).
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class RevokedCertificateTests(PostgresFixture fixture)
{
    [Fact]
    public async Task ASiloRefusesRevokedGatewayAndSiloCertificatesAndAcceptsTheirReplacements()
    {
        var (_, revokedGateway) = TestCertificates.IssueAnother(ClusterRole.Gateway);
        var (_, revokedSilo) = TestCertificates.IssueAnother(ClusterRole.Silo);
        var log = new RecordedLog();
        await using var silo = await TestSilo.StartAsync(
            fixture.Database,
            fixture.ServiceId,
            PostgresFixture.NewId("cluster"),
            configureServices: services => services.AddSingleton<ILoggerProvider>(log),
            settings: new Dictionary<string, string?>
            {
                [RevokedCertificates.Key] = $"{Colons(revokedGateway)}, {RevokedCertificates.FingerprintOf(revokedSilo).ToLowerInvariant()}",
            });

        var refusedGateway = ClusterHandshake.RefusesAsync(silo.GatewayPort, revokedGateway);
        var refusedSilo = ClusterHandshake.RefusesAsync(silo.SiloPort, revokedSilo);
        var acceptedGateway = ClusterHandshake.AcceptsAsync(silo.GatewayPort, TestCertificates.CertificateOf(TestCertificates.Gateway));
        var acceptedSilo = ClusterHandshake.AcceptsAsync(silo.SiloPort, TestCertificates.CertificateOf(TestCertificates.Silo));

        Assert.True(await refusedGateway);
        Assert.True(await refusedSilo);
        Assert.True(await acceptedGateway);
        Assert.True(await acceptedSilo);
        // The refusals are logged with their reason and fingerprint, so that an operator finds who still tries.
        Assert.Contains(log.Lines, line => line.Contains("client gateway connection, listed in Cluster:RevokedCertificates", StringComparison.Ordinal)
            && line.Contains(RevokedCertificates.FingerprintOf(revokedGateway), StringComparison.Ordinal));
        Assert.Contains(log.Lines, line => line.Contains("silo inbound connection, listed in Cluster:RevokedCertificates", StringComparison.Ordinal)
            && line.Contains(RevokedCertificates.FingerprintOf(revokedSilo), StringComparison.Ordinal));
    }

    [Fact]
    public async Task AProcessWhoseOwnCertificateIsRevokedRefusesToStartNamingTheSetting()
    {
        var (settings, certificate) = TestCertificates.IssueAnother(ClusterRole.Silo);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => TestSilo.StartAsync(
            fixture.Database, fixture.ServiceId, PostgresFixture.NewId("cluster"), settings: new Dictionary<string, string?>(settings)
            {
                [RevokedCertificates.Key] = RevokedCertificates.FingerprintOf(certificate),
            }));

        Assert.Contains($"'{RevokedCertificates.Key}'", error.Message, StringComparison.Ordinal);
    }

    private static string Colons(System.Security.Cryptography.X509Certificates.X509Certificate2 certificate) =>
        string.Join(':', RevokedCertificates.FingerprintOf(certificate).Chunk(2).Select(pair => new string(pair)));
}
