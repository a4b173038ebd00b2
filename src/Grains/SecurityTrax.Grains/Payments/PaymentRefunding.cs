using SecurityTrax.Errors;
using SecurityTrax.Payments.Processing;

namespace SecurityTrax.Payments;

/// <summary>
/// Refunds of a payment: each is stored before the processor is asked (same key on every try), and its final answer
/// is recorded on both payments, the refund payment first so a crash before the original's save finds it.
/// </summary>
public sealed class PaymentRefunding(PaymentRecords r, PaymentApplying applying)
{
    private PaymentState State => r.State;

    /// <summary>
    /// Asks the processor for a stored refund (same key on every try), or about it while the processor answered
    /// pending, and records a final answer on both payments. A pending refund keeps its amount reserved.
    /// </summary>
    public async Task StepAsync(PendingRefund pending)
    {
        var manual = !r.Processed;
        var answer = pending.ProcessorRefundId is { } outside
            ? new ProcessorAnswer(ProcessorOutcome.Succeeded, outside, null, $"Refunded at the processor outside SecurityTrax ({outside})")
            : manual
                ? new ProcessorAnswer(ProcessorOutcome.Succeeded, null, null, "Paid back by hand")
                : await RefundRequests.AskAsync(await r.ProcessorAsync(), State.TransactionId!, pending) ?? PaymentRecords.AccountGone;
        var now = r.Now;
        if (answer.Outcome is ProcessorOutcome.Unknown or ProcessorOutcome.Pending
            || (answer.Outcome == ProcessorOutcome.Refused && (pending.Attempts > 1 || pending.AwaitingRefundId is not null)))
        {
            pending.AwaitingRefundId = answer.Outcome == ProcessorOutcome.Pending ? answer.TransactionId ?? pending.AwaitingRefundId : pending.AwaitingRefundId;
            r.Record(now, answer.Outcome == ProcessorOutcome.Pending ? "refund_pending" : "refund_unknown", answer.Detail);
            await r.CommitAsync(now);
            return;
        }

        await FinishAsync(pending, answer);
    }

    /// <summary>A final answer about a refund: succeeded gives the money back from the applications; failed never took it.</summary>
    public async Task FinishAsync(PendingRefund pending, ProcessorAnswer answer)
    {
        var manual = !r.Processed;
        var status = answer.Outcome is ProcessorOutcome.Declined or ProcessorOutcome.Refused ? PaymentStatus.Failed : PaymentStatus.Succeeded;
        // The refund payment is made (or found) first: a crash before the save below asks again and finds it.
        await r.Steps(pending.RefundPaymentId).PostRefundAsync(Posting(pending, status, answer.TransactionId, answer.Reason ?? answer.Detail));
        var now = r.Now;
        State.PendingRefunds.Remove(pending);
        if (!manual && answer.TransactionId is { } refundId && !State.ProcessorRefundIds.Contains(refundId))
        {
            State.ProcessorRefundIds.Add(refundId);
        }

        State.Refunds.Add(new PaymentRefund(pending.RefundPaymentId, pending.Amount, status, now));
        r.Record(now, status == PaymentStatus.Succeeded ? "refunded" : "refund_failed", answer.Reason ?? answer.Detail);
        if (status == PaymentStatus.Succeeded)
        {
            r.History(now).Add(r.Entity, r.Id, "refunded", "refunded", null, PaymentBook.Money(pending.Amount));
            r.Announce(PaymentNotices.Refunded, pending.Amount);
            applying.Reduce();
        }

        await r.CommitAsync(now);
    }

    public RefundPosting Posting(PendingRefund pending, PaymentStatus status, string? transactionId, string detail) =>
        new(r.Number, State.CustomerId, State.Method, State.MethodDisplay, State.Processor, pending.Amount, status, transactionId, detail);

    /// <summary>Makes the refund payment for its original; a repeat from the same original settles it instead.</summary>
    public async Task<PaymentDetails> PostAsync(RefundPosting refund)
    {
        if (State.Exists)
        {
            return State.OriginalPaymentId == refund.OriginalId
                ? await SettleRefundPaymentAsync(refund.Status, refund.TransactionId, refund.Detail)
                : throw SecurityTraxException.Conflict($"Payment {r.Number} exists.");
        }

        var now = r.Now;
        (State.Exists, State.OperationId, State.CustomerId, State.Type, State.Amount, State.Status) =
            (true, $"refund-of-{refund.OriginalId}", refund.CustomerId, PaymentType.Refund, -refund.Amount, refund.Status);
        (State.Method, State.MethodDisplay, State.Processor, State.TransactionId, State.OriginalPaymentId) =
            (refund.Method, refund.MethodDisplay, refund.Processor, refund.TransactionId, refund.OriginalId);
        (State.InitiatedById, State.InitiatedByName, State.InitiatedAt, State.PaymentDate) = (r.Actor.UserId, r.Actor.UserName, now, await r.TodayAsync());
        r.Record(now, PaymentBook.Name(refund.Status), refund.Detail);
        r.History(now).Add(r.Entity, r.Id, "created", "amount", null, PaymentBook.Money(State.Amount));
        return await r.CommitAsync(now);
    }

    /// <summary>A refund payment created as processing takes the processor's final answer once.</summary>
    private async Task<PaymentDetails> SettleRefundPaymentAsync(PaymentStatus status, string? transactionId, string detail)
    {
        if (State.Status != PaymentStatus.Processing || status == PaymentStatus.Processing)
        {
            return r.Details;
        }

        var now = r.Now;
        (State.Status, State.TransactionId) = (status, transactionId);
        State.Reason = status == PaymentStatus.Failed ? detail : null;
        r.Record(now, PaymentBook.Name(status), detail);
        r.History(now).Add(r.Entity, r.Id, PaymentBook.Name(status), "status", PaymentBook.Name(PaymentStatus.Processing), PaymentBook.Name(status));
        return await r.CommitAsync(now);
    }
}
