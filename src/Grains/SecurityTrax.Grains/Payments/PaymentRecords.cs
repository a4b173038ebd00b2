using System.Globalization;
using System.Text.Json;
using SecurityTrax.Errors;
using SecurityTrax.Identity;
using SecurityTrax.Notifications;
using SecurityTrax.Outbox;
using SecurityTrax.Payments.Processing;
using SecurityTrax.Tenants;

namespace SecurityTrax.Payments;

/// <summary>
/// The record keeping of one payment activation, shared by the grain and its steps: time, history, processing log,
/// saving with its row, live announcements, and the grains a payment talks to.
/// </summary>
public sealed class PaymentRecords(
    Func<PaymentState> state, string tenant, long number, IGrainFactory grains, TimeProvider time, PaymentProcessors processors,
    Func<Task> save)
{
    private readonly List<CustomerEvent> _live = [];

    /// <summary>The answer when the payment's processor account is gone: the request is not sent, so it moved no money.</summary>
    public static ProcessorAnswer AccountGone => new(
        ProcessorOutcome.Refused, null, "The processor account this payment was made on is no longer configured.",
        "Not sent: the processor account this payment was made on is no longer configured");

    // Read from the grain each time: a reload after a failed save replaces the state object.
    public PaymentState State => state();

    public string Tenant => tenant;

    public long Number => number;

    public string Id => PaymentKeys.Id(number);

    public IGrainFactory Grains => grains;

    public PaymentProcessors Processors => processors;

    public DateTimeOffset Now => time.GetUtcNow();

    public PaymentDetails Details => PaymentBook.ToDetails(State, number, Now);

    /// <summary>Authorised at the processor and not yet settled: voided rather than refunded.</summary>
    public bool Authorised => PaymentBook.Settlement(State, Now) == PaymentSettlement.Authorised;

    public Caller Actor => CallerContext.Current ?? Caller.System(tenant);

    /// <summary>Charged through a processor (card, bank account) rather than recorded (cash, check, other).</summary>
    public bool Processed => State.Method is PaymentMethodKind.Card or PaymentMethodKind.BankAccount;

    public string Entity => State.Type == PaymentType.Refund ? "refund" : "payment";

    public InvoiceHolds Holds => new(grains, tenant, number);

    public ITenantSettingsGrain Settings => grains.GetGrain<ITenantSettingsGrain>(GrainKeys.For(tenant, ITenantSettingsGrain.Id));

    public IPaymentGrain Payment(long other) => grains.GetGrain<IPaymentGrain>(GrainKeys.For(tenant, PaymentKeys.Id(other)));

    public IPaymentStepsGrain Steps(long other) => grains.GetGrain<IPaymentStepsGrain>(GrainKeys.For(tenant, PaymentKeys.Id(other)));

    /// <summary>
    /// The processor account the payment was made on, whatever the company's settings say now; null when that
    /// account's key is no longer known (then nothing is sent and the office is told).
    /// </summary>
    public Task<IPaymentProcessor?> ProcessorAsync() => processors.ForAccountAsync(grains, tenant, State.ProcessorAccount);

    public async Task<DateOnly> TodayAsync() => TenantClock.Today(time, (await Settings.GetAsync()).TimeZone);

    public async Task<TimeSpan> UntilAsync(DateOnly date)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById((await Settings.GetAsync()).TimeZone);
        var local = date.ToDateTime(new TimeOnly(0, 5));
        var at = new DateTimeOffset(local, zone.GetUtcOffset(local));
        return at - Now;
    }

    /// <summary>
    /// When a card payment that succeeds now settles: the processor's next daily cut-off in the company's time zone
    /// (the company's own, else <see cref="PaymentsOptions.CardSettlementCutoff"/>); null when neither is set (it counts
    /// as settled at once).
    /// </summary>
    public async Task<DateTimeOffset?> SettlesAtAsync()
    {
        if (State.Method != PaymentMethodKind.Card)
        {
            return null;
        }

        var settings = await Settings.GetAsync();
        if ((settings.CardSettlementCutoff ?? processors.Options.CardSettlementCutoff) is not { } cutoff)
        {
            return null;
        }

        return SettlementCutoff.Next(Now, cutoff, TimeZoneInfo.FindSystemTimeZoneById(settings.TimeZone));
    }

    public HistoryRecorder History(DateTimeOffset now) =>
        State.Outbox.HistoryOf(Actor, now, "customer", State.CustomerId.ToString(CultureInfo.InvariantCulture));

    public void Record(DateTimeOffset now, string step, string detail) => ProcessingLog.Add(State.Log, now, step, detail);

    public async Task<PaymentDetails> CommitAsync(DateTimeOffset now)
    {
        State.Version++;
        State.UpdatedAt = now;
        State.Outbox.Project(PaymentRow.Kind, Id, State.Version, JsonSerializer.Serialize(PaymentBook.ToRow(State, number)));
        try
        {
            await save();
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
    public void Announce(string kind, decimal amount)
    {
        PaymentNotices.Outcome(State, number, Now, kind, amount);
        _live.Add(new CustomerEvent(tenant, State.CustomerId, kind, PaymentNotices.Data(State, number, amount), Now));
    }

    public void EnsureLive()
    {
        if (!State.Exists)
        {
            throw SecurityTraxException.NotFound($"Payment {number}");
        }
    }

    // Viewers' pushes are live only (the payment itself is the record); the initiator's copy is in the durable inbox.
    private async Task PublishLiveAsync()
    {
        var hub = grains.GetGrain<INotificationPublisherGrain>(GrainKeys.For(tenant, INotificationHubGrain.Id));
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
}
