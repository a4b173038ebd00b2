using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SecurityTrax.Customers;
using SecurityTrax.Errors;
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
    : PaymentWorkBase(state, time, processors, outbox, logger), IPaymentGrain, IPaymentStepsGrain
{
    public async Task<PaymentDetails> CreateAsync(string operationId, NewPayment payment)
    {
        if (State.Exists)
        {
            // A repeat of the operation finishes what the first try left waiting (a charge whose answer was lost).
            EnsureOperation(operationId);
            await ContinueAsync(fromReminder: false);
            return Details;
        }

        var today = await TodayAsync();
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
            await TargetAsync(p);
            State.Status = p.PostingDate > today ? PaymentStatus.Scheduled : PaymentStatus.Processing;
            State.ChargeKey = $"{Tenant}-payment-{Id}-{Guid.NewGuid():N}";
        }

        var settings = await Settings.GetAsync();
        try
        {
            // The invoices check and hold the applications before anything is charged or stored: a refusal records nothing.
            await Holds.HoldAllAsync(p.CustomerId, p.Applications);
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
        (State.InitiatedById, State.InitiatedByName, State.InitiatedAt) = (Actor.UserId, Actor.UserName, now);
        Record(now, "created", $"{PaymentBook.Name(State.Type)} of {PaymentBook.Money(State.Amount)} by {State.MethodDisplay}"
            + (State.Status == PaymentStatus.Scheduled ? $", to be processed on {State.PostingDate:yyyy-MM-dd}" : ""));
        History(now).Add(Entity, Id, "created", "amount", null, PaymentBook.Money(State.Amount));
        if (State.Status == PaymentStatus.Succeeded)
        {
            Announce(PaymentNotices.Succeeded, State.Amount);
        }
        else
        {
            // The reminder exists before the intent is stored, so a crash right after the save still finishes the charge.
            await KeepWorkingAsync(State.Status == PaymentStatus.Scheduled ? await UntilAsync(p.PostingDate!.Value) : WorkEvery);
        }

        await CommitAsync(now);
        await ContinueAsync(fromReminder: false);
        return Details;
    }

    public async Task<PaymentDetails> PostRefundAsync(RefundPosting refund)
    {
        if (State.Exists)
        {
            return State.OriginalPaymentId == refund.OriginalId
                ? await SettleRefundAsync(refund.Status, refund.TransactionId, refund.Detail)
                : throw SecurityTraxException.Conflict($"Payment {Number} exists.");
        }

        var now = Now;
        (State.Exists, State.OperationId, State.CustomerId, State.Type, State.Amount, State.Status) =
            (true, $"refund-of-{refund.OriginalId}", refund.CustomerId, PaymentType.Refund, -refund.Amount, refund.Status);
        (State.Method, State.MethodDisplay, State.Processor, State.TransactionId, State.OriginalPaymentId) =
            (refund.Method, refund.MethodDisplay, refund.Processor, refund.TransactionId, refund.OriginalId);
        (State.InitiatedById, State.InitiatedByName, State.InitiatedAt, State.PaymentDate) = (Actor.UserId, Actor.UserName, now, await TodayAsync());
        Record(now, PaymentBook.Name(refund.Status), refund.Detail);
        History(now).Add(Entity, Id, "created", "amount", null, PaymentBook.Money(State.Amount));
        return await CommitAsync(now);
    }

    public Task<PaymentDetails> GetAsync()
    {
        EnsureLive();
        return Task.FromResult(Details);
    }

    public async Task<PaymentDetails> RefundAsync(string operationId, decimal amount, string? reason)
    {
        FieldChecks.RefuseCardNumber("reason", reason);
        EnsureLive();
        if (!State.RefundOperations.TryGetValue(operationId, out var number))
        {
            if (State.Type != PaymentType.Sale || State.Status != PaymentStatus.Succeeded)
            {
                throw SecurityTraxException.Conflict($"Payment {Number} is not refundable: only a succeeded sale is (a bank debit once it settled).");
            }

            PaymentRules.Check("amount", amount, PaymentBook.Refundable(State), $"what is left to refund of payment {Number}");
            if (Processed && await ProcessorAsync() is null)
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
            await KeepWorkingAsync(WorkEvery);
            await CommitAsync(Now);
        }

        if (State.PendingRefunds.FirstOrDefault(r => r.OperationId == operationId) is { } pending)
        {
            // The refund payment shows as processing from the start; the answer below settles it.
            await Steps(number).PostRefundAsync(Posting(pending, PaymentStatus.Processing, null, "Refund requested" + (reason is null ? "" : $": {reason}")));
            await RefundStepAsync(pending);
            await SyncApplicationsAsync();
            await StopWorkingIfDoneAsync();
        }

        return await Payment(number).GetAsync();
    }

    public async Task ProcessorEventAsync(string eventId, string kind, string? reason) =>
        await TakeProcessorEventAsync(new ProcessorEvent(eventId, kind, State.TransactionId, null, null, null, 0, reason));

    public async Task<PaymentDetails> ResumeAsync()
    {
        EnsureLive();
        await ContinueAsync(fromReminder: true);
        return Details;
    }

    protected override async Task ContinueAsync(bool fromReminder)
    {
        if (!State.Exists)
        {
            await StopWorkingIfDoneAsync();
            return;
        }

        if (State.Status == PaymentStatus.Scheduled && State.PostingDate <= await TodayAsync())
        {
            State.Status = PaymentStatus.Processing;
            await CommitAsync(Now);
        }

        // After an unanswered call the reminder waits (PaymentRetryPolicy); a repeat of the operation asks at once.
        var due = !fromReminder || State.NextTryAt is not { } next || next <= Now;
        if (State.Status == PaymentStatus.Processing && State.TransactionId is null)
        {
            // A stopped charge waits for a person or a late webhook: its key may have expired, so it is never sent again.
            if (!State.ChargeStopped && PaymentRetryPolicy.PastChargeDeadline(State, Now))
            {
                await StopChargingAsync();
            }
            else if (!State.ChargeStopped && due)
            {
                await ChargeAsync();
            }
        }
        else if (State.VoidKey is not null)
        {
            await VoidStepAsync();
        }
        else if (State.Status == PaymentStatus.Processing && fromReminder && due)
        {
            await SettleAsync(await ProcessorAsync() is { } processor ? await processor.CheckAsync(State.TransactionId!, CancellationToken.None) : AccountGone);
        }

        foreach (var pending in State.PendingRefunds.ToList())
        {
            await RefundStepAsync(pending);
        }

        await ApplyWantedAsync();
        await ReleaseWantedAsync();
        await SyncApplicationsAsync();
        await ReceiptAsync();
        await StopWorkingIfDoneAsync();
    }

    private void EnsureOperation(string operationId)
    {
        if (State.OperationId != operationId)
        {
            throw SecurityTraxException.Conflict($"Payment {Number} exists.");
        }
    }
}
