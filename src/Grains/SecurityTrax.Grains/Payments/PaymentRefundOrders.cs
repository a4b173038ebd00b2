using SecurityTrax.Customers;
using SecurityTrax.Errors;
using SecurityTrax.Sequences;

namespace SecurityTrax.Payments;

/// <summary>
/// Refunds ordered by the office (once per operation id) and refunds made at the processor outside SecurityTrax (once per
/// processor refund id): each is stored with its refund payment's number, and its reminder, before the processor is asked.
/// </summary>
public sealed class PaymentRefundOrders(PaymentWork work)
{
    private PaymentRecords Records => work.Records;

    private PaymentState State => Records.State;

    public async Task<PaymentDetails> RefundAsync(string operationId, decimal amount, string? reason)
    {
        FieldChecks.RefuseCardNumber("reason", reason);
        Records.EnsureLive();
        if (!State.RefundOperations.TryGetValue(operationId, out var number))
        {
            if (State.Type != PaymentType.Sale || State.Status != PaymentStatus.Succeeded)
            {
                throw SecurityTraxException.Conflict($"Payment {Records.Number} is not refundable: only a succeeded sale is (a bank debit once it settled).");
            }

            if (Records.Authorised)
            {
                throw SecurityTraxException.Conflict(
                    $"Payment {Records.Number} is authorised and settles at {State.SettlesAt:yyyy-MM-dd HH:mm} UTC; until then it is voided, not refunded: void it instead.");
            }

            PaymentRules.Check("amount", amount, PaymentBook.Refundable(State), $"what is left to refund of payment {Records.Number}");
            if (Records.Processed && await Records.ProcessorAsync() is null)
            {
                throw SecurityTraxException.Conflict(
                    $"Payment {Records.Number} was made on a processor account that is no longer configured here; refund it in that account's dashboard.");
            }

            number = await NextNumberAsync();
            await StoreAsync(new PendingRefund
            {
                OperationId = operationId, RefundPaymentId = number, Amount = amount, Reason = reason, IdempotencyKey = $"{State.ChargeKey}-refund-{number}",
            }, null);
        }

        if (State.PendingRefunds.FirstOrDefault(r => r.OperationId == operationId) is { } pending)
        {
            // The refund payment shows as processing from the start; the answer below settles it.
            await Records.Steps(number).PostRefundAsync(work.Refunding.Posting(pending, PaymentStatus.Processing, null, "Refund requested" + (reason is null ? "" : $": {reason}")));
            await StepAsync(pending);
        }

        return await Records.Payment(number).GetAsync();
    }

    public async Task RecordOutsideRefundAsync(string refundId, decimal amount)
    {
        Records.EnsureLive();
        var operationId = $"processor-refund:{refundId}";
        if (State.ProcessorRefundIds.Contains(refundId) || State.RefundOperations.ContainsKey(operationId))
        {
            return;
        }

        var now = Records.Now;
        var kept = PaymentBook.Kept(State);
        if (State.Type != PaymentType.Sale || kept <= 0)
        {
            Records.Record(now, "refunded_at_processor", $"Refund {refundId} of {PaymentBook.Money(amount)} at the processor; nothing left here to offset");
            State.ProcessorRefundIds.Add(refundId);
            await Records.CommitAsync(now);
            return;
        }

        var number = await NextNumberAsync();
        var pending = new PendingRefund
        {
            OperationId = operationId, RefundPaymentId = number, Amount = Math.Min(amount, kept), Reason = "Refunded at the processor", ProcessorRefundId = refundId,
        };
        await StoreAsync(pending, now);
        await StepAsync(pending);
    }

    private Task<long> NextNumberAsync() =>
        Records.Grains.GetGrain<ISequenceGrain>(GrainKeys.For(Records.Tenant, SequenceKinds.GrainId(PaymentKeys.Sequence))).NextAsync();

    /// <summary>Stores the refund under its operation, with the reminder registered first (a crash right after still finishes it).</summary>
    private async Task StoreAsync(PendingRefund pending, DateTimeOffset? at)
    {
        State.PendingRefunds.Add(pending);
        State.RefundOperations[pending.OperationId] = pending.RefundPaymentId;
        await work.Reminder.KeepWorkingAsync(PaymentWorkReminder.Every);
        await Records.CommitAsync(at ?? Records.Now);
    }

    private async Task StepAsync(PendingRefund pending)
    {
        await work.Refunding.StepAsync(pending);
        await work.Applying.SyncAsync();
        await work.Reminder.StopWorkingIfDoneAsync();
    }
}
