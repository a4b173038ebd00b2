using SecurityTrax.Payments.Processing;

namespace SecurityTrax.Payments;

/// <summary>
/// What the processor tells a payment later (webhooks): a late outcome of its charge, our refunds settling, disputes
/// opening and closing, and refunds made at the processor outside SecurityTrax — each recorded once by its own id.
/// </summary>
public sealed class PaymentProcessorNews(PaymentWork work)
{
    private PaymentRecords Records => work.Records;

    private PaymentState State => Records.State;

    public async Task<bool> TakeAsync(ProcessorEvent e)
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
        if (State.ProcessorEvents.Count > PaymentGrain.EventsRemembered)
        {
            State.ProcessorEvents.RemoveRange(0, State.ProcessorEvents.Count - PaymentGrain.EventsRemembered);
        }

        var now = Records.Now;
        switch (e.Kind)
        {
            case ProcessorEvent.Succeeded or ProcessorEvent.Failed when State.InBrowser:
                // The event says the customer acted in the browser; the intent itself (with the method) is the answer.
                // It may name the intent whose creation's answer was lost (found by our charge key).
                State.TransactionId ??= e.TransactionId;
                await work.Browser.CheckAsync();
                await work.ContinueAsync(fromReminder: false);
                return true;
            case ProcessorEvent.Succeeded or ProcessorEvent.Failed:
                var outcome = e.Kind == ProcessorEvent.Succeeded ? ProcessorOutcome.Succeeded : ProcessorOutcome.Declined;
                await work.Charging.SettleAsync(new ProcessorAnswer(outcome, e.TransactionId, e.Reason, $"Webhook {e.EventId}: {e.Kind}"));
                await work.ContinueAsync(fromReminder: false);
                return true;
            case ProcessorEvent.OutsideRefund:
                // Recorded once by the processor's refund id; the event id is saved with the next change.
                await work.RefundOrders.RecordOutsideRefundAsync(e.ObjectId!, e.Amount);
                return true;
            case ProcessorEvent.RefundSucceeded or ProcessorEvent.RefundFailed:
                await RefundSettledAsync(e);
                return true;
            case ProcessorEvent.DisputeWon or ProcessorEvent.DisputeLost:
                await DisputeClosedAsync(e, now);
                return true;
            case ProcessorEvent.Disputed:
                State.Disputed = true;
                Records.History(now).Add(Records.Entity, Records.Id, "disputed", "disputed", null, e.Reason);
                break;
        }

        Records.Record(now, e.Kind, $"Webhook {e.EventId}" + (e.Reason is null ? "" : $": {e.Reason}"));
        await Records.CommitAsync(now);
        return true;
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
        await work.Refunding.FinishAsync(pending, new ProcessorAnswer(outcome, e.ObjectId, e.Reason, $"Webhook {e.EventId}: refund {e.ObjectId} {(outcome == ProcessorOutcome.Succeeded ? "succeeded" : "failed")}"));
        await work.Applying.SyncAsync();
        await work.Reminder.StopWorkingIfDoneAsync();
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
            Records.History(now).Add(Records.Entity, Records.Id, "dispute_won", "disputed", null, PaymentBook.Money(e.Amount));
            Records.Record(now, "dispute_won", $"Webhook {e.EventId}: dispute {dispute} won; {PaymentBook.Money(e.Amount)} stays paid");
            await Records.CommitAsync(now);
            return;
        }

        var lost = Math.Min(e.Amount, PaymentBook.Kept(State));
        State.Disputed = true;
        State.DisputeLost += lost;
        Records.History(now).Add(Records.Entity, Records.Id, "dispute_lost", "disputed", null, PaymentBook.Money(lost));
        Records.Record(now, "dispute_lost", $"Webhook {e.EventId}: dispute {dispute} lost; {PaymentBook.Money(lost)} taken back by the bank");
        Records.Announce(PaymentNotices.DisputeLost, lost);
        work.Applying.Reduce();
        await work.Reminder.KeepWorkingAsync(PaymentWorkReminder.Every);
        await Records.CommitAsync(now);
        await work.Applying.SyncAsync();
        await work.Reminder.StopWorkingIfDoneAsync();
    }
}
