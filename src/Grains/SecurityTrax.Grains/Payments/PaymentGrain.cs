using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SecurityTrax.Customers;
using SecurityTrax.Errors;
using SecurityTrax.Identity;
using SecurityTrax.Outbox;
using SecurityTrax.Payments.Processing;
using SecurityTrax.Persistence;
using SecurityTrax.Sequences;

namespace SecurityTrax.Payments;

public sealed partial class PaymentGrain(
    [PersistentState(StorageNames.Payment, StorageNames.Main)] IPersistentState<PaymentState> state,
    [FromKeyedServices(Clock.Key)] TimeProvider time,
    PaymentProcessors processors,
    OutboxWriter outbox,
    ILogger<PaymentGrain> logger)
    : OutboxGrain<PaymentState>(state, outbox, logger), IRemindable, IPaymentGrain, IPaymentStepsGrain
{
    private PaymentWork? _work;

    // The steps are plain classes composed at first use (the grain's key and runtime are known by then).
    private PaymentWork Work => _work ??= new(this, new PaymentRecords(
        () => State, Tenant, long.Parse(GrainKeys.Parse(this.GetPrimaryKeyString()).Id, CultureInfo.InvariantCulture), GrainFactory, time, processors, SaveAsync));

    private PaymentRecords Records => Work.Records;

    private PaymentCharging Charging => Work.Charging;

    private PaymentApplying Applying => Work.Applying;

    private PaymentRefunding Refunding => Work.Refunding;

    private PaymentWorkReminder Reminder => Work.Reminder;

    private DateTimeOffset Now => Records.Now;

    private long Number => Records.Number;

    private string Id => Records.Id;

    private PaymentDetails Details => Records.Details;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await base.OnActivateAsync(cancellationToken);
        ApplicationNumbers.Fill(State);
        // A step left waiting by a crash (an application the invoice was not told of) gets its reminder back.
        if (PaymentWorkReminder.HasWork(State))
        {
            await Reminder.KeepWorkingAsync(PaymentWorkReminder.Every);
        }
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        CallerContext.Set(Caller.System(Tenant));
        await Work.ContinueAsync(fromReminder: true);
    }

    public async Task<PaymentDetails> CreateAsync(string operationId, NewPayment payment)
    {
        if (State.Exists)
        {
            // A repeat of the operation finishes what the first try left waiting (a charge whose answer was lost).
            EnsureOperation(operationId);
            await Work.ContinueAsync(fromReminder: false);
            return Details;
        }

        var today = await Records.TodayAsync();
        var errors = new List<FieldError>();
        var p = PaymentRules.Normalize(payment, today, errors);
        SecurityTraxException.ThrowIfAny(errors);
        var customer = await GrainFactory.GetGrain<ICustomerGrain>(GrainKeys.For(Tenant, p.CustomerId.ToString(System.Globalization.CultureInfo.InvariantCulture))).GetAsync(false);
        var now = Now;
        if (p.ManualKind is { } manual)
        {
            (State.Method, State.MethodDisplay, State.Status) = (manual, PaymentRules.ManualDisplay(manual, p.Reference), PaymentStatus.Succeeded);
        }
        else
        {
            await Charging.TargetAsync(p);
            State.Status = p.PostingDate > today ? PaymentStatus.Scheduled : PaymentStatus.Processing;
            State.ChargeKey = $"{Tenant}-payment-{Id}-{Guid.NewGuid():N}";
        }

        var settings = await Records.Settings.GetAsync();
        try
        {
            // The invoices check and hold the applications before anything is charged or stored: a refusal records nothing.
            await Records.Holds.HoldAllAsync(p.CustomerId, p.Applications);
        }
        catch (SecurityTraxException)
        {
            await ReloadAsync();
            throw;
        }

        State.WantedHeld = true;
        (State.Exists, State.OperationId, State.CustomerId, State.Type, State.Amount) = (true, operationId, p.CustomerId, p.Type, p.Amount);
        (State.PostingDate, State.PaymentDate, State.Reference, State.Note) = (p.PostingDate, p.PostingDate ?? today, p.Reference, p.Note);
        State.EmailReceipt = (p.EmailReceipt ?? settings.EmailReceiptsByDefault) && (p.ReceiptTo ?? customer.Profile.Email) is not null;
        State.ReceiptTo = p.ReceiptTo;
        State.Wanted = [.. p.Applications];
        (State.InitiatedById, State.InitiatedByName, State.InitiatedAt) = (Records.Actor.UserId, Records.Actor.UserName, now);
        Records.Record(now, "created", $"{PaymentBook.Name(State.Type)} of {PaymentBook.Money(State.Amount)} by {State.MethodDisplay}"
            + (State.Status == PaymentStatus.Scheduled ? $", to be processed on {State.PostingDate:yyyy-MM-dd}" : ""));
        Records.History(now).Add(Records.Entity, Id, "created", "amount", null, PaymentBook.Money(State.Amount));
        if (State.Status == PaymentStatus.Succeeded)
        {
            Records.Announce(PaymentNotices.Succeeded, State.Amount);
        }
        else
        {
            // The reminder exists before the intent is stored, so a crash right after the save still finishes the charge.
            await Reminder.KeepWorkingAsync(State.Status == PaymentStatus.Scheduled ? await Records.UntilAsync(p.PostingDate!.Value) : PaymentWorkReminder.Every);
        }

        await Records.CommitAsync(now);
        await Work.ContinueAsync(fromReminder: false);
        return Details;
    }

    public async Task<PaymentDetails> PostRefundAsync(RefundPosting refund)
    {
        if (State.Exists)
        {
            return State.OriginalPaymentId == refund.OriginalId
                ? await Refunding.SettleRefundPaymentAsync(refund.Status, refund.TransactionId, refund.Detail)
                : throw SecurityTraxException.Conflict($"Payment {Number} exists.");
        }

        var now = Now;
        (State.Exists, State.OperationId, State.CustomerId, State.Type, State.Amount, State.Status) =
            (true, $"refund-of-{refund.OriginalId}", refund.CustomerId, PaymentType.Refund, -refund.Amount, refund.Status);
        (State.Method, State.MethodDisplay, State.Processor, State.TransactionId, State.OriginalPaymentId) =
            (refund.Method, refund.MethodDisplay, refund.Processor, refund.TransactionId, refund.OriginalId);
        (State.InitiatedById, State.InitiatedByName, State.InitiatedAt, State.PaymentDate) = (Records.Actor.UserId, Records.Actor.UserName, now, await Records.TodayAsync());
        Records.Record(now, PaymentBook.Name(refund.Status), refund.Detail);
        Records.History(now).Add(Records.Entity, Id, "created", "amount", null, PaymentBook.Money(State.Amount));
        return await Records.CommitAsync(now);
    }

    public Task<PaymentDetails> GetAsync()
    {
        Records.EnsureLive();
        return Task.FromResult(Details);
    }

    public async Task<PaymentDetails> RefundAsync(string operationId, decimal amount, string? reason)
    {
        FieldChecks.RefuseCardNumber("reason", reason);
        Records.EnsureLive();
        if (!State.RefundOperations.TryGetValue(operationId, out var number))
        {
            if (State.Type != PaymentType.Sale || State.Status != PaymentStatus.Succeeded)
            {
                throw SecurityTraxException.Conflict($"Payment {Number} is not refundable: only a succeeded sale is (a bank debit once it settled).");
            }

            PaymentRules.Check("amount", amount, PaymentBook.Refundable(State), $"what is left to refund of payment {Number}");
            if (Records.Processed && await Records.ProcessorAsync() is null)
            {
                throw SecurityTraxException.Conflict(
                    $"Payment {Number} was made on a processor account that is no longer configured here; refund it in that account's dashboard.");
            }

            number = await GrainFactory.GetGrain<ISequenceGrain>(GrainKeys.For(Tenant, SequenceKinds.GrainId(PaymentKeys.Sequence))).NextAsync();
            State.PendingRefunds.Add(new PendingRefund
            {
                OperationId = operationId, RefundPaymentId = number, Amount = amount, Reason = reason, IdempotencyKey = $"{State.ChargeKey}-refund-{number}",
            });
            State.RefundOperations[operationId] = number;
            await Reminder.KeepWorkingAsync(PaymentWorkReminder.Every);
            await Records.CommitAsync(Now);
        }

        if (State.PendingRefunds.FirstOrDefault(r => r.OperationId == operationId) is { } pending)
        {
            // The refund payment shows as processing from the start; the answer below settles it.
            await Records.Steps(number).PostRefundAsync(Refunding.Posting(pending, PaymentStatus.Processing, null, "Refund requested" + (reason is null ? "" : $": {reason}")));
            await Refunding.StepAsync(pending);
            await Applying.SyncAsync();
            await Reminder.StopWorkingIfDoneAsync();
        }

        return await Records.Payment(number).GetAsync();
    }

    public async Task ProcessorEventAsync(string eventId, string kind, string? reason) =>
        await TakeProcessorEventAsync(new ProcessorEvent(eventId, kind, State.TransactionId, null, null, null, 0, reason));

    public async Task<PaymentDetails> ResumeAsync()
    {
        Records.EnsureLive();
        await Work.ContinueAsync(fromReminder: true);
        return Details;
    }

    private void EnsureOperation(string operationId)
    {
        if (State.OperationId != operationId)
        {
            throw SecurityTraxException.Conflict($"Payment {Number} exists.");
        }
    }
}
