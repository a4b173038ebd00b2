using SecurityTrax.Payments.Processing;
using SecurityTrax.Sequences;

namespace SecurityTrax.Payments;

/// <summary>
/// What the processor tells a payment later (webhooks): a late outcome of its charge, our refunds settling, disputes
/// opening and closing, and refunds made at the processor outside SecurityTrax — each recorded once by its own id.
/// </summary>
public sealed partial class PaymentGrain
{
    /// <summary>Event ids kept per payment; each kind of news is also recorded once by its own id, so this is only a shortcut.</summary>
    public const int EventsRemembered = 20;

    public async Task<bool> TakeProcessorEventAsync(ProcessorEvent e)
    {
        if (!State.Exists || !IsAbout(e))
        {
            return false;
        }

        if (State.ProcessorEvents.Contains(e.EventId))
        {
            return true;
        }

        State.ProcessorEvents.Add(e.EventId);
        if (State.ProcessorEvents.Count > EventsRemembered)
        {
            State.ProcessorEvents.RemoveRange(0, State.ProcessorEvents.Count - EventsRemembered);
        }

        var now = Now;
        switch (e.Kind)
        {
            case ProcessorEvent.Succeeded or ProcessorEvent.Failed:
                var outcome = e.Kind == ProcessorEvent.Succeeded ? ProcessorOutcome.Succeeded : ProcessorOutcome.Declined;
                await Charging.SettleAsync(new ProcessorAnswer(outcome, e.TransactionId, e.Reason, $"Webhook {e.EventId}: {e.Kind}"));
                await Work.ContinueAsync(fromReminder: false);
                return true;
            case ProcessorEvent.OutsideRefund:
                // Recorded once by the processor's refund id; the event id is saved with the next change.
                await RecordOutsideRefundAsync(e.ObjectId!, e.Amount);
                return true;
            case ProcessorEvent.RefundSucceeded or ProcessorEvent.RefundFailed:
                await RefundSettledAsync(e);
                return true;
            case ProcessorEvent.DisputeWon or ProcessorEvent.DisputeLost:
                await DisputeClosedAsync(e, now);
                return true;
            case ProcessorEvent.Disputed:
                State.Disputed = true;
                Records.History(now).Add(Records.Entity, Id, "disputed", "disputed", null, e.Reason);
                break;
        }

        Records.Record(now, e.Kind, $"Webhook {e.EventId}" + (e.Reason is null ? "" : $": {e.Reason}"));
        await Records.CommitAsync(now);
        return true;
    }

    public async Task RecordOutsideRefundAsync(string refundId, decimal amount)
    {
        Records.EnsureLive();
        var operationId = $"processor-refund:{refundId}";
        if (State.ProcessorRefundIds.Contains(refundId) || State.RefundOperations.ContainsKey(operationId))
        {
            return;
        }

        var now = Now;
        var kept = PaymentBook.Kept(State);
        if (State.Type != PaymentType.Sale || kept <= 0)
        {
            Records.Record(now, "refunded_at_processor", $"Refund {refundId} of {PaymentBook.Money(amount)} at the processor; nothing left here to offset");
            State.ProcessorRefundIds.Add(refundId);
            await Records.CommitAsync(now);
            return;
        }

        var number = await GrainFactory.GetGrain<ISequenceGrain>(GrainKeys.For(Tenant, SequenceKinds.GrainId(PaymentKeys.Sequence))).NextAsync();
        var pending = new PendingRefund
        {
            OperationId = operationId, RefundPaymentId = number, Amount = Math.Min(amount, kept), Reason = "Refunded at the processor", ProcessorRefundId = refundId,
        };
        State.PendingRefunds.Add(pending);
        State.RefundOperations[operationId] = number;
        await Reminder.KeepWorkingAsync(PaymentWorkReminder.Every);
        await Records.CommitAsync(now);
        await Refunding.StepAsync(pending);
        await Applying.SyncAsync();
        await Reminder.StopWorkingIfDoneAsync();
    }

    /// <summary>
    /// The event's payment intent is this payment's, or — for a charge whose answer never came — the event carries
    /// this payment's charge key (another database's payment of the same number has another key).
    /// </summary>
    private bool IsAbout(ProcessorEvent e) =>
        e.TransactionId is { } transaction
        && (State.TransactionId == transaction || (State.TransactionId is null && e.ChargeKey is { Length: > 0 } key && key == State.ChargeKey));

    /// <summary>Our refund that Stripe answered pending is settled by its webhook (matched by its id or our key); a failure gives the amount back.</summary>
    private async Task RefundSettledAsync(ProcessorEvent e)
    {
        var pending = State.PendingRefunds.FirstOrDefault(p =>
            p.ProcessorRefundId is null && ((p.AwaitingRefundId is { } id && id == e.ObjectId) || (e.RefundKey is { } key && key == p.IdempotencyKey)));
        if (pending is null)
        {
            // Already settled (our answer or an earlier event came first): nothing changes, so nothing is written.
            return;
        }

        var outcome = e.Kind == ProcessorEvent.RefundSucceeded ? ProcessorOutcome.Succeeded : ProcessorOutcome.Declined;
        await Refunding.FinishAsync(pending, new ProcessorAnswer(outcome, e.ObjectId, e.Reason, $"Webhook {e.EventId}: refund {e.ObjectId} {(outcome == ProcessorOutcome.Succeeded ? "succeeded" : "failed")}"));
        await Applying.SyncAsync();
        await Reminder.StopWorkingIfDoneAsync();
    }

    /// <summary>A lost dispute takes the disputed money back (it comes off the applications, newest first); a won one ends the dispute.</summary>
    private async Task DisputeClosedAsync(ProcessorEvent e, DateTimeOffset now)
    {
        var dispute = e.ObjectId ?? e.EventId;
        if (State.ClosedDisputes.Contains(dispute))
        {
            return;
        }

        State.ClosedDisputes.Add(dispute);
        if (e.Kind == ProcessorEvent.DisputeWon)
        {
            State.Disputed = false;
            Records.History(now).Add(Records.Entity, Id, "dispute_won", "disputed", null, PaymentBook.Money(e.Amount));
            Records.Record(now, "dispute_won", $"Webhook {e.EventId}: dispute {dispute} won; {PaymentBook.Money(e.Amount)} stays paid");
            await Records.CommitAsync(now);
            return;
        }

        var lost = Math.Min(e.Amount, PaymentBook.Kept(State));
        State.Disputed = true;
        State.DisputeLost += lost;
        Records.History(now).Add(Records.Entity, Id, "dispute_lost", "disputed", null, PaymentBook.Money(lost));
        Records.Record(now, "dispute_lost", $"Webhook {e.EventId}: dispute {dispute} lost; {PaymentBook.Money(lost)} taken back by the bank");
        Records.Announce(PaymentNotices.DisputeLost, lost);
        Applying.Reduce();
        await Reminder.KeepWorkingAsync(PaymentWorkReminder.Every);
        await Records.CommitAsync(now);
        await Applying.SyncAsync();
        await Reminder.StopWorkingIfDoneAsync();
    }
}
