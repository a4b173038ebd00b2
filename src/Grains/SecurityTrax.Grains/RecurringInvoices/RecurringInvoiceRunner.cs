using SecurityTrax.Identity;

namespace SecurityTrax.RecurringInvoices;

/// <summary>
/// Runs the making and charging through the billing throttle: asked for directly, or right after the current turn
/// when a tick or an activation wants a run (a run already waiting covers the request too).
/// </summary>
public sealed class RecurringInvoiceRunner(Grain owner, RecurringInvoiceLedger l, BillingThrottle throttle, RecurringInvoiceMaking making, Action sleep)
{
    private IGrainTimer? _pending;

    /// <summary>After the next run the grain need not stay in memory (a tick woke it; the next is an hour away).</summary>
    public bool SleepAfterRun { get; set; }

    public Task<int> RunAsync() => throttle.RunAsync(making.MakeDueAsync);

    /// <summary>Runs once, right after the current turn; a run already waiting covers this request too.</summary>
    public void RunSoon() => _pending ??= owner.RegisterGrainTimer(RunPendingAsync, TimeSpan.Zero, Timeout.InfiniteTimeSpan);

    private async Task RunPendingAsync(CancellationToken cancellationToken)
    {
        _pending?.Dispose();
        _pending = null;
        CallerContext.Set(Caller.System(l.Tenant, ChangeSources.RecurringBilling));
        if (l.Live)
        {
            await RunAsync();
        }
        else
        {
            await l.StopRemindingAsync();
        }

        if (SleepAfterRun)
        {
            sleep();
        }
    }
}
