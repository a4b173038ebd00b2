using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;
using SecurityTrax.Persistence;

namespace SecurityTrax.Grains.Tests;

/// <summary>One in-memory cluster for every grain test; tests use fresh tenants and keys.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.Client;

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder();
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddMemoryGrainStorage(StorageNames.Main);
            silo.UseSystemTextJsonGrainStorageSerializer();
            silo.Services.AddKeyedSingleton<TimeProvider>(Clock.Key, Time);
        });
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync() => await Cluster.DisposeAsync();

    public static string NewTenant() => "t" + Guid.NewGuid().ToString("N")[..12];
}
