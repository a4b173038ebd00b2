using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SecurityTrax.Identity;
using SecurityTrax.Outbox;
using SecurityTrax.Payments.Processing;
using SecurityTrax.Persistence;

namespace SecurityTrax.Payments;

/// <summary>
/// One payment: its contract, each call handed to the steps of <see cref="PaymentWork"/> (creating, charging, applying,
/// refunding, voiding, the processor's news), which the grain composes and owns.
/// </summary>
public sealed class PaymentGrain(
    [PersistentState(StorageNames.Payment, StorageNames.Main)] IPersistentState<PaymentState> state,
    [FromKeyedServices(Clock.Key)] TimeProvider time,
    PaymentProcessors processors,
    OutboxWriter outbox,
    ILogger<PaymentGrain> logger)
    : OutboxGrain<PaymentState>(state, outbox, logger), IRemindable, IPaymentGrain, IPaymentStepsGrain
{
    /// <summary>Event ids kept per payment; each kind of news is also recorded once by its own id, so this is only a shortcut.</summary>
    public const int EventsRemembered = 20;

    private PaymentWork? _work;

    // The steps are plain classes composed at first use (the grain's key and runtime are known by then).
    private PaymentWork Work => _work ??= new(this, new PaymentRecords(
        () => State, Tenant, long.Parse(GrainKeys.Parse(this.GetPrimaryKeyString()).Id, CultureInfo.InvariantCulture), GrainFactory, time, processors, SaveAsync),
        ReloadAsync);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await base.OnActivateAsync(cancellationToken);
        ApplicationNumbers.Fill(State);
        // A step left waiting by a crash (an application the invoice was not told of) gets its reminder back.
        if (PaymentWorkReminder.HasWork(State))
        {
            await Work.Reminder.KeepWorkingAsync(PaymentWorkReminder.Every);
        }
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        CallerContext.Set(Caller.System(Tenant));
        await Work.ContinueAsync(fromReminder: true);
    }

    public Task<PaymentDetails> CreateAsync(string operationId, NewPayment payment) => Work.Creating.CreateAsync(operationId, payment);

    public Task<PaymentDetails> PostRefundAsync(RefundPosting refund) => Work.Refunding.PostAsync(refund);

    public Task<PaymentDetails> GetAsync()
    {
        Work.Records.EnsureLive();
        return Task.FromResult(Work.Records.Details);
    }

    public Task<PaymentDetails> RefundAsync(string operationId, decimal amount, string? reason) => Work.RefundOrders.RefundAsync(operationId, amount, reason);

    public async Task ProcessorEventAsync(string eventId, string kind, string? reason) =>
        await Work.ProcessorNews.TakeAsync(new ProcessorEvent(eventId, kind, State.TransactionId, null, null, null, 0, reason));

    public Task<bool> TakeProcessorEventAsync(ProcessorEvent e) => Work.ProcessorNews.TakeAsync(e);

    public Task RecordOutsideRefundAsync(string refundId, decimal amount) => Work.RefundOrders.RecordOutsideRefundAsync(refundId, amount);

    public async Task<PaymentDetails> ResumeAsync()
    {
        Work.Records.EnsureLive();
        await Work.ContinueAsync(fromReminder: true);
        return Work.Records.Details;
    }

    public Task<PaymentDetails> ApplyAsync(string applicationId, long invoiceId, decimal amount, int? expectedVersion = null) =>
        Work.Holding(PaymentGrants.Modify).Applications.ApplyAsync(applicationId, invoiceId, amount, expectedVersion);

    public Task<bool> NeedsHoldAsync(string holdId) => Task.FromResult(Work.Applications.NeedsHold(holdId));

    public Task<PaymentDetails> RemoveApplicationAsync(string applicationId, int? expectedVersion = null) =>
        Work.Holding(PaymentGrants.Modify).Applications.RemoveAsync(applicationId, expectedVersion);

    public Task<PaymentDetails> RemoveApplicationNumberAsync(int applicationNumber, int? expectedVersion = null) =>
        Work.Holding(PaymentGrants.Modify).Applications.RemoveAsync(applicationNumber, expectedVersion);

    public Task ApplicationReturnedAsync(string applicationId, long invoiceId) => Work.Applications.ReturnedAsync(applicationId, invoiceId);

    public Task<PaymentDetails> VoidAsync(int expectedVersion, string? reason) =>
        Work.Holding(PaymentGrants.ToVoid(Work.Records.Processed)).Voiding.VoidAsync(expectedVersion, reason);

    public Task<PaymentDetails> ProcessAsync(string operationId, int expectedVersion) =>
        Work.Holding(Grants.PaymentsProcess).ProcessOrder.ProcessAsync(operationId, expectedVersion);

    public Task<PaymentDetails> EditAsync(PaymentChanges changes) => Work.Holding(PaymentGrants.Modify).Editing.EditAsync(changes);
}
