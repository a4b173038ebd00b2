using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using SecurityTrax.Persistence.Tests.Probes;
using SecurityTrax.Testing;

namespace SecurityTrax.Persistence.Tests;

[Collection(PostgresCollection.Name)]
public sealed class ClusteringTests(PostgresFixture fixture)
{
    private const int Active = 3;

    [Fact]
    public async Task TwoSilosJoinThroughPostgresAndAGrainMovesWhenItsSiloStops()
    {
        var serviceId = PostgresFixture.NewId("svc");
        var clusterId = PostgresFixture.NewId("cluster");
        await using var first = await TestSilo.StartAsync(fixture.Database, serviceId, clusterId, "AdoNet");
        await using var second = await TestSilo.StartAsync(fixture.Database, serviceId, clusterId, "AdoNet");
        Assert.Equal(2, await CountMembersAsync(clusterId, Active));

        using var client = await StartClientAsync(serviceId, clusterId);
        var gateways = await client.Services.GetRequiredService<Orleans.Messaging.IGatewayListProvider>().GetGateways();
        Assert.Equal(2, gateways.Count);

        var key = GrainKeys.For("acme", PostgresFixture.NewId("probe"));
        var grain = client.Services.GetRequiredService<IClusterClient>().GetGrain<IProbeGrain>(key);
        await grain.SetAsync("kept");
        var home = await grain.WhereAsync();
        var (leaving, staying) = home == first.Address ? (first, second) : (second, first);

        await leaving.StopAsync();

        Assert.Equal(staying.Address, await RetryAsync(grain.WhereAsync));
        Assert.Equal("kept", await grain.GetAsync());
        Assert.Equal(1, await CountMembersAsync(clusterId, Active));
    }

    private async Task<IHost> StartClientAsync(string serviceId, string clusterId)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.UseOrleansClient(client =>
        {
            client.Configure<ClusterOptions>(o =>
            {
                o.ServiceId = serviceId;
                o.ClusterId = clusterId;
            });
            client.UseAdoNetClustering(o =>
            {
                o.Invariant = "Npgsql";
                o.ConnectionString = fixture.Database.Runtime;
            });
            client.UseTestTls();
        });
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    // Right after a silo leaves, a call can race the membership update; a few prompt retries absorb that.
    private static async Task<T> RetryAsync<T>(Func<Task<T>> call)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await call().WaitAsync(TimeSpan.FromSeconds(10));
            }
            catch (Exception e) when (attempt < 5 && e is SiloUnavailableException or OrleansMessageRejectionException or TimeoutException)
            {
            }
        }
    }

    private async Task<int> CountMembersAsync(string clusterId, int status) =>
        (int)await fixture.Database.ScalarAsync<long>(
            "SELECT count(*) FROM orleansmembership WHERE deploymentid = @c AND status = @s",
            ("c", clusterId), ("s", status));
}
