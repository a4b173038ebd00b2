using Microsoft.Extensions.Logging;
using Npgsql;

namespace SecurityTrax.Outbox;

/// <summary>Base of grains whose changes carry side effects: save the change and its outbox together, then deliver.</summary>
public abstract partial class OutboxGrain<TState>(
    IPersistentState<TState> state, OutboxWriter outbox, ILogger logger) : Grain
    where TState : class, IHasOutbox, new()
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(5);
    private IGrainTimer? _retry;

    protected TState State => state.State;

    protected string Tenant => GrainKeys.TenantOf(this.GetPrimaryKeyString());

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // Whatever an earlier activation recorded but could not deliver goes out now.
        await DeliverAsync();
        await base.OnActivateAsync(cancellationToken);
    }

    /// <summary>Persists the state with its outbox before answering, then delivers the outbox.</summary>
    protected async Task SaveAsync()
    {
        try
        {
            await state.WriteStateAsync();
        }
        catch (Exception e)
        {
            // The change was not stored: none of it may stay in memory, where a retry would find it and report it done.
            await ForgetUnsavedAsync(e);
            throw;
        }

        await DeliverAsync();
    }

    private async Task ForgetUnsavedAsync(Exception writeFailure)
    {
        LogSaveFailed(writeFailure, this.GetPrimaryKeyString());
        try
        {
            await state.ReadStateAsync();
        }
        catch (Exception e)
        {
            // Not even the stored state could be read back: a fresh activation reads it before the next call.
            LogReloadFailed(e, this.GetPrimaryKeyString());
            DeactivateOnIdle();
            return;
        }

        // A write whose answer was lost may still have been stored, with its outbox: deliver that now, not at some later save.
        await DeliverAsync();
    }

    /// <summary>Re-reads the stored state, after another activation saved first.</summary>
    protected Task ReloadAsync() => state.ReadStateAsync();

    private async Task DeliverAsync()
    {
        if (State.Outbox.IsEmpty)
        {
            return;
        }

        try
        {
            await outbox.DeliverAsync(Tenant, State.Outbox);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            // The change itself is saved; its side effects stay in the stored outbox and are retried.
            LogDeliveryFailed(e, this.GetPrimaryKeyString());
            _retry ??= this.RegisterGrainTimer(RetryAsync, RetryDelay, RetryDelay);
        }
    }

    private async Task RetryAsync(CancellationToken cancellationToken)
    {
        await DeliverAsync();
        if (State.Outbox.IsEmpty)
        {
            _retry?.Dispose();
            _retry = null;
            await state.WriteStateAsync();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Saving {Grain} failed; its unsaved change is dropped from memory")]
    private partial void LogSaveFailed(Exception exception, string grain);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Re-reading {Grain} after a failed save failed; it deactivates")]
    private partial void LogReloadFailed(Exception exception, string grain);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox delivery for {Grain} failed; retrying")]
    private partial void LogDeliveryFailed(Exception exception, string grain);
}
