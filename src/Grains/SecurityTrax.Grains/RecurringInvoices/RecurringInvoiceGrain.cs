using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SecurityTrax.Outbox;
using SecurityTrax.Persistence;
using SecurityTrax.Identity;

namespace SecurityTrax.RecurringInvoices;

/// <summary>
/// Makes one invoice per occurrence of its schedule, woken by a reminder at each occurrence's instant.
/// </summary>
/// <remarks>
/// Exactly once rests on the stored invoice number per occurrence, not on ticks: the number of occurrence k is
/// saved first, then invoice k is made under that number (which an invoice accepts once), then its e-mail is sent
/// under a message id of (recurring invoice, occurrence). A crash between steps, a second tick, or a second
/// activation repeats steps that change nothing; a stale save re-reads the state and carries on from there.
/// Each call is handed to the parts of <see cref="RecurringInvoiceWork"/>, which the grain composes and owns.
/// </remarks>
public sealed class RecurringInvoiceGrain(
    [PersistentState(StorageNames.RecurringInvoice, StorageNames.Main)] IPersistentState<RecurringInvoiceState> state,
    [FromKeyedServices(Clock.Key)] TimeProvider time,
    OutboxWriter outbox,
    BillingThrottle throttle,
    ILogger<RecurringInvoiceGrain> logger)
    : OutboxGrain<RecurringInvoiceState>(state, outbox, logger), IRecurringInvoiceGrain, IRemindable
{
    private RecurringInvoiceWork? _work;

    // The parts are plain classes composed at first use (the grain's key and runtime are known by then).
    private RecurringInvoiceWork Work => _work ??= new(
        this,
        new RecurringInvoiceLedger(
            this, () => State, Tenant, long.Parse(GrainKeys.Parse(this.GetPrimaryKeyString()).Id, CultureInfo.InvariantCulture), GrainFactory, time,
            SaveAsync, ReloadAsync, logger),
        throttle,
        DeactivateOnIdle);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await base.OnActivateAsync(cancellationToken);
        if (Work.Ledger.Live && !State.Reminding && State.InvoiceNumbers.Count < State.Schedule.Count)
        {
            await Work.Ledger.StartRemindingAsync();
        }

        if (Work.Ledger.Live)
        {
            // Catch up on activation too (occurrences missed while the cluster was down need no tick), right after it:
            // a failure then is logged and retried by the next tick instead of failing the activation.
            Work.Runner.RunSoon();
        }
    }

    /// <summary>
    /// How far invoices are made travels with the next save; a grain leaving memory before that saves it, so its next
    /// activation does not ask for the last invoice again.
    /// </summary>
    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (Work.Ledger.FinishUnsaved && State.Exists)
        {
            await Work.Ledger.SaveOrReloadAsync();
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
        Work.Runner.SleepAfterRun = true;
        Work.Runner.RunSoon();
        return Task.CompletedTask;
    }

    public Task<RecurringInvoiceDetails> CreateAsync(long customerId, RecurringInvoiceInput input) => Work.Holding(Grants.Create).Life.CreateAsync(customerId, input);

    public Task<RecurringInvoiceDetails> GetAsync()
    {
        Work.Ledger.EnsureExists();
        return Task.FromResult(Work.Ledger.Details());
    }

    public async Task<int> GenerateDueAsync()
    {
        Work.Ledger.EnsureExists();
        return Work.Ledger.Live ? await Work.Runner.RunAsync() : 0;
    }

    public Task DeleteAsync(int expectedVersion) => Work.Holding(Grants.Delete).Life.DeleteAsync(expectedVersion);

    public Task StopAsync(string reason) => Work.Life.StopAsync(reason);

    public Task<RecurringInvoiceDetails> ResumeAsync(int expectedVersion) => Work.Holding(Grants.Modify).Life.ResumeAsync(expectedVersion);

    public Task UseDefaultBillingMethodAsync(string methodId) => Work.Charging.UseDefaultBillingMethodAsync(methodId);

    public Task<RecurringLinesAdded> AddMonitoringAsync(int expectedVersion) => Work.Template.AddMonitoringAsync(expectedVersion);

    public Task<RecurringLinesAdded> MarkOneTimeAsync(string kind, int expectedVersion) => Work.OneTime.MarkAsync(kind, expectedVersion);

    public Task<RecurringInvoiceDetails> UnmarkOneTimeAsync(string kind, int expectedVersion) => Work.OneTime.UnmarkAsync(kind, expectedVersion);
}
