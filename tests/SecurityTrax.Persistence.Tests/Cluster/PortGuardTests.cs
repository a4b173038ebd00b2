using SecurityTrax.Health;
using SecurityTrax.Silo.Hosting;
using SecurityTrax.Testing;

namespace SecurityTrax.Persistence.Tests.Cluster;

/// <summary>A second silo on ports that a running one holds refuses to start instead of sharing them (issue 22).</summary>
[Collection(PostgresCollection.Name)]
public sealed class PortGuardTests(PostgresFixture fixture)
{
    [Fact]
    public async Task ASiloOnTheSiloPortOfARunningOneFailsNamingThePort()
    {
        var taken = fixture.Silo.SiloPort;

        var refused = await Assert.ThrowsAsync<PortInUseException>(() => TestSilo.StartAsync(
            fixture.Database, fixture.ServiceId, PostgresFixture.NewId("cluster"), ports: (taken, FreePorts.Next())));

        Assert.StartsWith($"Port {taken} (Cluster:SiloPort, 127.0.0.1:{taken}) is already in use", refused.Message);
        await AssertFirstSiloStillServesAsync();
    }

    [Fact]
    public async Task ASiloOnTheClientGatewayPortOfARunningOneFailsNamingThePort()
    {
        var taken = fixture.Silo.GatewayPort;

        var refused = await Assert.ThrowsAsync<PortInUseException>(() => TestSilo.StartAsync(
            fixture.Database, fixture.ServiceId, PostgresFixture.NewId("cluster"), ports: (FreePorts.Next(), taken)));

        Assert.StartsWith($"Port {taken} (Cluster:GatewayPort, 127.0.0.1:{taken}) is already in use", refused.Message);
        await AssertFirstSiloStillServesAsync();
    }

    private async Task AssertFirstSiloStillServesAsync()
    {
        var report = await fixture.Silo.Grains.GetGrain<IHealthGrain>(0).CheckAsync();
        Assert.Equal(fixture.Silo.Address, report.Silo);
    }
}
