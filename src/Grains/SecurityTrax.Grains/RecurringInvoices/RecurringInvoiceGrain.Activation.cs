using Orleans.Storage;
using SecurityTrax.Identity;

namespace SecurityTrax.RecurringInvoices;

/// <summary>
/// A recurring invoice entering and leaving memory (catch-up on activation, unsaved progress saved on the way out) and
/// woken by its reminder.
/// </summary>
public sealed partial class RecurringInvoiceGrain
{
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await base.OnActivateAsync(cancellationToken);
        if (Live && !State.Reminding && State.InvoiceNumbers.Count < State.Schedule.Count)
        {
            await StartRemindingAsync();
        }

        if (Live)
        {
            // Catch up on activation too (occurrences missed while the cluster was down need no tick), right after it:
            // a failure then is logged and retried by the next tick instead of failing the activation.
            RunSoon();
        }
    }

    /// <summary>
    /// How far invoices are made travels with the next save; a grain leaving memory before that saves it, so its next
    /// activation does not ask for the last invoice again.
    /// </summary>
    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_finishUnsaved && State.Exists)
        {
            await SaveOrReloadAsync();
        }

        await base.OnDeactivateAsync(reason, cancellationToken);
    }

    /// <summary>
    /// A tick only starts the run and answers: at 02:00 a whole billing day of recurring invoices wakes at once and waits
    /// its turn in the billing throttle, and the reminder service's calls must not stay open meanwhile (they would time
    /// out, and Orleans would report on every waiting one).
    /// </summary>
    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        // The next tick is an hour away: after this run the grain need not stay in memory.
        _sleepAfterRun = true;
        RunSoon();
        return Task.CompletedTask;
    }

    /// <summary>Runs once, right after the current turn; a run already waiting covers this request too.</summary>
    private void RunSoon() => _pendingRun ??= this.RegisterGrainTimer(RunPendingAsync, TimeSpan.Zero, Timeout.InfiniteTimeSpan);

    private async Task RunPendingAsync(CancellationToken cancellationToken)
    {
        _pendingRun?.Dispose();
        _pendingRun = null;
        CallerContext.Set(Caller.System(Tenant, ChangeSources.RecurringBilling));
        if (Live)
        {
            await RunAsync();
        }
        else
        {
            await StopRemindingAsync();
        }

        if (_sleepAfterRun)
        {
            DeactivateOnIdle();
        }
    }

    /// <summary>Registers the hourly reminder once, from the first occurrence on; the state remembers it was registered.</summary>
    private async Task StartRemindingAsync()
    {
        var now = time.GetUtcNow();
        var first = Schedule.DueAt(0);
        await RecurringReminder.StartAsync(this, first, now);
        State.Reminding = true;
        await SaveOrReloadAsync();
    }

    private Task StopRemindingAsync() => RecurringReminder.StopAsync(this);

    private async Task SaveOrReloadAsync()
    {
        _finishUnsaved = false;
        try
        {
            await SaveAsync();
        }
        catch (InconsistentStateException e)
        {
            // Another activation saved first: take its state (its numbers win) and carry on from there.
            LogStale(e, this.GetPrimaryKeyString());
            await ReloadAsync();
        }
    }
}
