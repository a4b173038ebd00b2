namespace SecurityTrax.Persistence.Tests.Probes;

/// <summary>Counts reminder ticks in persisted state and tells <see cref="TickSignals"/> about each.</summary>
public sealed class ReminderProbeGrain(
    [PersistentState("reminderProbe", StorageNames.Main)] IPersistentState<ProbeState> state)
    : Grain, IReminderProbeGrain, IRemindable
{
    private const string ReminderName = "probe";

    public Task StartAsync(TimeSpan period) => this.RegisterOrUpdateReminder(ReminderName, period, period);

    public async Task StopAsync()
    {
        var reminder = await this.GetReminder(ReminderName);
        if (reminder is not null)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    public Task<int> TicksAsync() => Task.FromResult(state.State.Writes);

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        state.State.Writes++;
        await state.WriteStateAsync();
        TickSignals.Signal(this.GetPrimaryKeyString(), state.State.Writes);
    }
}
