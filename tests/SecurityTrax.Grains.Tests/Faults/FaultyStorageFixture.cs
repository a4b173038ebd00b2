using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;
using SecurityTrax.Persistence;

namespace SecurityTrax.Grains.Tests.Faults;

/// <summary>A cluster whose grain storage can be told to fail the next read or write of one grain.</summary>
public sealed class FaultyStorageFixture : IAsyncLifetime
{
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.Client;

    /// <summary>The faults of grains whose state is stored under <paramref name="stateName"/> (the grain's <c>PersistentState</c> name).</summary>
    public IStorageFaultGrain Faults(string stateName) => Grains.GetGrain<IStorageFaultGrain>(stateName);

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder();
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddFaultInjectionMemoryStorage(StorageNames.Main);
            silo.UseSystemTextJsonGrainStorageSerializer();
            silo.Services.AddKeyedSingleton<TimeProvider>(Clock.Key, Time);
        });
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync() => await Cluster.DisposeAsync();
}
