using SecurityTrax.Identity;

namespace SecurityTrax.RecurringInvoices;

/// <summary>A recurring invoice entering and leaving memory: catch-up on activation, unsaved progress saved on the way out.</summary>
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
            this.RegisterGrainTimer(CatchUpAsync, TimeSpan.Zero, Timeout.InfiniteTimeSpan);
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

    private async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        CallerContext.Set(Caller.System(Tenant, ChangeSources.RecurringBilling));
        if (Live && !_ran)
        {
            await RunAsync();
        }
    }
}
