using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SecurityTrax.Health;
using SecurityTrax.Security;
using SecurityTrax.Testing;

namespace SecurityTrax.Persistence.Tests.Cluster;

/// <summary>
/// The cluster port speaks TLS and accepts only clients with a certificate of the installation's authority (issue 22):
/// whoever merely reaches the port can no longer act as any user of any company.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ClusterTlsTests(PostgresFixture fixture)
{
    [Fact]
    public async Task APlainClientAndOneWithAnotherAuthoritysCertificateNeverConnect()
    {
        // Both at once: the silo closes their connections, and the Orleans client keeps trying until the deadline.
        var plain = Record.ExceptionAsync(() => ConnectAsync(client => { }));
        var stranger = Record.ExceptionAsync(() => ConnectAsync(client => client.UseTestTls(TestCertificates.Stranger(ClusterRole.Gateway))));

        Assert.IsType<TimeoutException>(await plain);
        Assert.IsType<TimeoutException>(await stranger);
    }

    [Fact]
    public async Task AClientWithTheInstallationsCertificateIsServed()
    {
        using var host = await ConnectAsync(client => client.UseTestTls());

        var report = await host.Services.GetRequiredService<IClusterClient>().GetGrain<IHealthGrain>(0).CheckAsync();

        Assert.Equal(fixture.Silo.Address, report.Silo);
    }

    [Fact]
    public async Task AGatewayRefusesASiloWhoseCertificateIsRevoked()
    {
        var revoked = RevokedCertificates.FingerprintOf(TestCertificates.CertificateOf(TestCertificates.Silo));

        // The client drops each connection it makes to that silo, and keeps trying until the deadline.
        Assert.IsType<TimeoutException>(await Record.ExceptionAsync(() => ConnectAsync(client => client.UseTestTls(revoked: revoked))));
    }

    private async Task<IHost> ConnectAsync(Action<IClientBuilder> configure)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.UseOrleansClient(client =>
        {
            client.UseLocalhostClustering(fixture.Silo.GatewayPort, fixture.ServiceId, fixture.ClusterId);
            configure(client);
        });
        var host = builder.Build();
        try
        {
            // A client the silo accepts connects in well under a second; one it refuses never does.
            await host.StartAsync().WaitAsync(TimeSpan.FromSeconds(8));
            return host;
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }
}
