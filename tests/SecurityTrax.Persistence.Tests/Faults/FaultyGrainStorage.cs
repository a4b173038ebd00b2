using Orleans.Storage;

namespace SecurityTrax.Persistence.Tests.Faults;

/// <summary>The silo's grain storage with <see cref="StorageFaults"/> played on writes; reads and clears pass through.</summary>
public sealed class FaultyGrainStorage(IGrainStorage inner, StorageFaults faults) : IGrainStorage
{
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
