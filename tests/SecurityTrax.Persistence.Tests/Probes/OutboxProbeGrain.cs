using Microsoft.Extensions.Logging;
using SecurityTrax.Outbox;

namespace SecurityTrax.Persistence.Tests.Probes;

public sealed class OutboxProbeGrain(
    [PersistentState("outboxprobe", StorageNames.Main)] IPersistentState<OutboxProbeState> state,
    OutboxWriter outbox,
    ILogger<OutboxProbeGrain> logger)
    : OutboxGrain<OutboxProbeState>(state, outbox, logger), IOutboxProbeGrain
{
    // Like the real grains, it answers "done" when the change is already in its state.
    public async Task<int> AddAsync(string item, bool failSave)
    {
        if (State.Items.Contains(item))
        {
            return State.Items.Count;
        }

        State.Items.Add(item);
        State.FailSave = failSave;
        await SaveAsync();
        return State.Items.Count;
    }

    public Task<string[]> ItemsAsync() => Task.FromResult(State.Items.ToArray());

    public Task DeactivateAsync()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}
