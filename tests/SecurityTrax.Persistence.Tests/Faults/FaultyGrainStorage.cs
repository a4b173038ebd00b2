using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Configuration;
using Orleans.Serialization.Serializers;
using Orleans.Storage;
using SecurityTrax.Silo.Persistence;

namespace SecurityTrax.Persistence.Tests.Faults;

/// <summary>The silo's grain storage with <see cref="StorageFaults"/> played on writes; reads and clears pass through.</summary>
public sealed class FaultyGrainStorage(IGrainStorage inner, StorageFaults faults) : IGrainStorage
{
    /// <summary>Puts the silo's grain storage (as the real host builds it) behind <paramref name="faults"/>.</summary>
    public static void Wrap(IServiceCollection services, StorageFaults faults) =>
        services.AddKeyedSingleton<IGrainStorage>(StorageNames.Main, (sp, _) => new FaultyGrainStorage(
            new BatchingGrainStorage(
                (AdoNetGrainStorage)sp.GetRequiredKeyedService<IGrainStorage>(BatchingGrainStorage.AdoNetName),
                sp.GetRequiredService<NpgsqlDataSource>(),
                sp.GetRequiredService<IActivatorProvider>(),
                sp.GetRequiredService<IOptions<ClusterOptions>>()),
            faults));

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.ReadStateAsync(stateName, grainId, grainState);

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (faults.Fails(stateName, grainId, afterStoring: false))
        {
            throw new InvalidOperationException($"Injected: write {stateName} of {grainId} lost before it was stored.");
        }

        await inner.WriteStateAsync(stateName, grainId, grainState);
        if (faults.Fails(stateName, grainId, afterStoring: true))
        {
            throw new InvalidOperationException($"Injected: write {stateName} of {grainId} stored, but its answer lost.");
        }
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        inner.ClearStateAsync(stateName, grainId, grainState);
}
