namespace SecurityTrax.Persistence.Tests.Probes;

public sealed class ProbeGrain(
    [PersistentState(ProbeGrain.StateName, StorageNames.Main)] IPersistentState<ProbeState> state,
    ILocalSiloDetails silo) : Grain, IProbeGrain
{
    public const string StateName = "probe";

    public async Task SetAsync(string value)
    {
        state.State.Value = value;
        state.State.Writes++;
        await state.WriteStateAsync();
    }

    public Task<string?> GetAsync() => Task.FromResult(state.State.Value);

    public Task<string> WhereAsync() => Task.FromResult(silo.SiloAddress.ToString());

    public Task DeactivateAsync()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}
