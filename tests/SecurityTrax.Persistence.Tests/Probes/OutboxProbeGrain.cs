using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SecurityTrax.Identity;
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

    public async Task<bool> DeliverTwiceAsync(string tenant)
    {
        var first = new OutboxState();
        var at = DateTimeOffset.UtcNow;
        first.HistoryOf(Caller.System(tenant), at, "customer", "1").Add("customer", "1", "created");
        first.RecordSecurity(at, Caller.System(tenant), SecurityEvents.UserCreated, "1", "someone");
        first.Notify(at, "1", "test", "Hello", null);
        var copy = new OutboxState();
        copy.History.AddRange(first.History);
        copy.Security.AddRange(first.Security);
        copy.Notifications.AddRange(first.Notifications);

        var writer = ServiceProvider.GetRequiredService<OutboxWriter>();
        await writer.DeliverAsync(tenant, first);
        await writer.DeliverAsync(tenant, copy);
        return first.IsEmpty;
    }

    public Task DeactivateAsync()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}
