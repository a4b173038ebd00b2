using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using SecurityTrax.Errors;
using SecurityTrax.Identity;
using SecurityTrax.Notifications;
using SecurityTrax.Outbox;
using SecurityTrax.Payments.Billing;
using SecurityTrax.Payments.Processing;
using SecurityTrax.Tenants;

namespace SecurityTrax.Payments;

/// <summary>The record keeping of a payment grain: time, history, processing log, saving with its row, and its work reminder.</summary>
public abstract class PaymentGrainBase : OutboxGrain<PaymentState>, IRemindable
{
    /// <summary>While a step waits (a processor answer, a settlement, a posting date) the reminder retries it this often.</summary>
    public static readonly TimeSpan WorkEvery = TimeSpan.FromMinutes(5);

    private const string WorkReminder = "work";
    private readonly List<CustomerEvent> _live = [];
    private readonly TimeProvider _time;
    private readonly PaymentProcessors _processors;

    protected PaymentGrainBase(IPersistentState<PaymentState> state, TimeProvider time, PaymentProcessors processors, OutboxWriter outbox, ILogger logger)
        : base(state, outbox, logger)
    {
        _time = time;
        _processors = processors;
    }

    protected DateTimeOffset Now => _time.GetUtcNow();

    protected long Number => long.Parse(GrainKeys.Parse(this.GetPrimaryKeyString()).Id, CultureInfo.InvariantCulture);

    protected string Id => PaymentKeys.Id(Number);

    protected PaymentDetails Details => PaymentBook.ToDetails(State, Number);

    /// <summary>
    /// The processor account the payment was made on, whatever the company's settings say now; null when that
    /// account's key is no longer known (then nothing is sent and the office is told).
    /// </summary>
    protected Task<IPaymentProcessor?> ProcessorAsync() => _processors.ForAccountAsync(GrainFactory, Tenant, State.ProcessorAccount);

    /// <summary>The answer when the payment's processor account is gone: the request is not sent, so it moved no money.</summary>
    protected static ProcessorAnswer AccountGone => new(
        ProcessorOutcome.Refused, null, "The processor account this payment was made on is no longer configured.",
        "Not sent: the processor account this payment was made on is no longer configured");

    protected Caller Actor => CallerContext.Current ?? Caller.System(Tenant);

    /// <summary>Charged through a processor (card, bank account) rather than recorded (cash, check, other).</summary>
    protected bool Processed => State.Method is PaymentMethodKind.Card or PaymentMethodKind.BankAccount;

    protected string Entity => State.Type == PaymentType.Refund ? "refund" : "payment";

    /// <summary>Work that waits: a charge without a final answer, a posting date, an application, refund or void in flight, a receipt.</summary>
    protected bool HasWork =>
        State.Exists && (State.Status == PaymentStatus.Scheduled
            || (State.Status == PaymentStatus.Processing && !(State.ChargeStopped && State.TransactionId is null))
            || State.PendingRefunds.Count > 0 || State.Applications.Any(a => !a.InSync)
            || (State.VoidKey is not null && State.Status != PaymentStatus.Voided)
            || ((State.Status is PaymentStatus.Failed or PaymentStatus.Voided) && State.Wanted.Count > 0)
            || (State.Status == PaymentStatus.Succeeded && (State.Wanted.Count > 0 || (State.EmailReceipt && !State.ReceiptDone))));

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await base.OnActivateAsync(cancellationToken);
        ApplicationNumbers.Fill(State);
        // A step left waiting by a crash (an application the invoice was not told of) gets its reminder back.
        if (HasWork)
        {
            await KeepWorkingAsync(WorkEvery);
        }
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        CallerContext.Set(Caller.System(Tenant));
        await ContinueAsync(fromReminder: true);
    }

    /// <summary>Moves every waiting step on; <paramref name="fromReminder"/> also asks the processor about pending charges.</summary>
    protected abstract Task ContinueAsync(bool fromReminder);

    protected ITenantSettingsGrain Settings => GrainFactory.GetGrain<ITenantSettingsGrain>(GrainKeys.For(Tenant, ITenantSettingsGrain.Id));

    protected async Task<DateOnly> TodayAsync() => TenantClock.Today(_time, (await Settings.GetAsync()).TimeZone);

    protected HistoryRecorder History(DateTimeOffset now) =>
        State.Outbox.HistoryOf(Actor, now, "customer", State.CustomerId.ToString(CultureInfo.InvariantCulture));

    protected void Record(DateTimeOffset now, string step, string detail) => ProcessingLog.Add(State.Log, now, step, detail);

    protected async Task<PaymentDetails> CommitAsync(DateTimeOffset now)
    {
        State.Version++;
        State.UpdatedAt = now;
        State.Outbox.Project(PaymentRow.Kind, Id, State.Version, JsonSerializer.Serialize(PaymentBook.ToRow(State, Number)));
        try
        {
            await SaveAsync();
        }
        catch (Exception)
        {
            // What the unsaved change announced did not happen.
            _live.Clear();
            throw;
        }

        await PublishLiveAsync();
        return Details;
    }

    /// <summary>An outcome for the initiator's inbox (written with the change) and, live, for everyone viewing the customer.</summary>
    protected void Announce(string kind, decimal amount)
    {
        PaymentNotices.Outcome(State, Number, Now, kind, amount);
        _live.Add(new CustomerEvent(Tenant, State.CustomerId, kind, PaymentNotices.Data(State, Number, amount), Now));
    }

    // Viewers' pushes are live only (the payment itself is the record); the initiator's copy is in the durable inbox.
    private async Task PublishLiveAsync()
    {
        var hub = GrainFactory.GetGrain<INotificationHubGrain>(GrainKeys.For(Tenant, INotificationHubGrain.Id));
        foreach (var e in _live)
        {
            try
            {
                await hub.PublishCustomerEventAsync(e);
            }
            catch (Exception ex) when (ex is OrleansException or TimeoutException)
            {
                break;
            }
        }

        _live.Clear();
    }

    /// <summary>Registered before the step it covers is stored, so a crash right after still has a reminder to finish it.</summary>
    protected Task KeepWorkingAsync(TimeSpan dueIn) =>
        this.RegisterOrUpdateReminder(WorkReminder, dueIn < TimeSpan.FromMinutes(1) ? TimeSpan.FromMinutes(1) : dueIn, WorkEvery);

    protected async Task StopWorkingIfDoneAsync()
    {
        if (!HasWork && await this.GetReminder(WorkReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    protected async Task TargetAsync(NewPayment p)
    {
        var target = await GrainFactory.GetGrain<IBillingTargetGrain>(GrainKeys.For(Tenant, p.CustomerId.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .GetChargeTargetAsync(p.BillingMethodId);
        if (target.Method.Kind == BillingMethodKind.Manual || target.Token is null)
        {
            throw SecurityTraxException.Invalid("billingMethodId", "Manual billing is not processed; record the cash, check or other payment instead.");
        }

        var (processor, account) = await _processors.ForNewAsync(GrainFactory, Tenant);
        if (p.Type == PaymentType.Credit && !processor.SupportsCredit)
        {
            throw SecurityTraxException.Invalid("type", $"Credits are not supported by this processor ({processor.Name}).");
        }

        (State.Method, State.MethodDisplay, State.BillingMethodId) =
            (target.Method.Kind == BillingMethodKind.Card ? PaymentMethodKind.Card : PaymentMethodKind.BankAccount, target.Method.Display, target.Method.Id);
        (State.Token, State.ProcessorCustomerId, State.Processor) = (target.Token, target.ProcessorCustomerId, processor.Name);
        // Pinned before the first call: refunds, voids, checks and retries go to this account from now on.
        State.ProcessorAccount = account;
    }

    protected async Task<TimeSpan> UntilAsync(DateOnly date)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById((await Settings.GetAsync()).TimeZone);
        var local = date.ToDateTime(new TimeOnly(0, 5));
        var at = new DateTimeOffset(local, zone.GetUtcOffset(local));
        return at - Now;
    }

    protected void EnsureLive()
    {
        if (!State.Exists)
        {
            throw SecurityTraxException.NotFound($"Payment {Number}");
        }
    }
}
