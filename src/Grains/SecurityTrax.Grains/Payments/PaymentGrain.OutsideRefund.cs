using SecurityTrax.Sequences;

namespace SecurityTrax.Payments;

/// <summary>
/// A refund made at the processor outside SecurityTrax (the Stripe dashboard) becomes the same offsetting refund
/// payment as ours, once per processor refund id; it is stored as a pending refund first, so a crash finishes it.
/// </summary>
public sealed partial class PaymentGrain
{
    public async Task RecordOutsideRefundAsync(string refundId, decimal amount)
    {
        EnsureLive();
        var operationId = $"processor-refund:{refundId}";
        if (State.ProcessorRefundIds.Contains(refundId) || State.RefundOperations.ContainsKey(operationId))
        {
            return;
        }

        var now = Now;
        var kept = PaymentBook.Kept(State);
        if (State.Type != PaymentType.Sale || kept <= 0)
        {
            Record(now, "refunded_at_processor", $"Refund {refundId} of {PaymentBook.Money(amount)} at the processor; nothing left here to offset");
            State.ProcessorRefundIds.Add(refundId);
            await CommitAsync(now);
            return;
        }

        var number = await GrainFactory.GetGrain<ISequenceGrain>(GrainKeys.For(Tenant, SequenceKinds.GrainId(PaymentKeys.Sequence))).NextAsync();
        var pending = new PendingRefund
        {
            OperationId = operationId, RefundPaymentId = number, Amount = Math.Min(amount, kept), Reason = "Refunded at the processor", ProcessorRefundId = refundId,
        };
        State.PendingRefunds.Add(pending);
        State.RefundOperations[operationId] = number;
        await KeepWorkingAsync(WorkEvery);
        await CommitAsync(now);
        await RefundStepAsync(pending);
        await SyncApplicationsAsync();
        await StopWorkingIfDoneAsync();
    }
}
