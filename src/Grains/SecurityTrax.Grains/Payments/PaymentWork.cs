namespace SecurityTrax.Payments;

/// <summary>
/// The steps a payment is made of, composed once per activation, and the loop that moves every waiting step on.
/// Each step is stored before it reaches out (processor, invoice, message) and each reach is keyed — idempotency key,
/// application id, message id — so repeating a step after a crash does it once.
/// </summary>
public sealed class PaymentWork
{
    public PaymentWork(Grain grain, PaymentRecords records, Func<Task> reload)
    {
        Records = records;
        Reminder = new PaymentWorkReminder(grain, () => records.State);
        Charging = new PaymentCharging(records);
        Browser = new PaymentBrowserCharge(records, Charging);
        Saving = new PaymentMethodSaving(records);
        Applying = new PaymentApplying(records);
        Refunding = new PaymentRefunding(records, Applying);
        Voiding = new PaymentVoiding(records, Applying, Reminder);
        Receipt = new PaymentReceipt(records);
        Creating = new PaymentCreating(this, reload);
        Applications = new PaymentApplications(records, Applying);
        RefundOrders = new PaymentRefundOrders(this);
        ProcessorNews = new PaymentProcessorNews(this);
        ProcessOrder = new PaymentProcessOrder(this);
        Editing = new PaymentEditing(this);
    }

    public PaymentRecords Records { get; }

    public PaymentCharging Charging { get; }

    public PaymentBrowserCharge Browser { get; }

    public PaymentMethodSaving Saving { get; }

    public PaymentApplying Applying { get; }

    public PaymentRefunding Refunding { get; }

    public PaymentVoiding Voiding { get; }

    public PaymentReceipt Receipt { get; }

    public PaymentWorkReminder Reminder { get; }

    public PaymentCreating Creating { get; }

    public PaymentApplications Applications { get; }

    public PaymentRefundOrders RefundOrders { get; }

    public PaymentProcessorNews ProcessorNews { get; }

    public PaymentProcessOrder ProcessOrder { get; }

    public PaymentEditing Editing { get; }

    private PaymentState State => Records.State;

    /// <summary>Moves every waiting step on; <paramref name="fromReminder"/> also asks the processor about pending charges.</summary>
    public async Task ContinueAsync(bool fromReminder)
    {
        if (!State.Exists)
        {
            await Reminder.StopWorkingIfDoneAsync();
            return;
        }

        if (State.Status == PaymentStatus.Scheduled && State.PostingDate <= await Records.TodayAsync())
        {
            State.Status = PaymentStatus.Processing;
            await Records.CommitAsync(Records.Now);
        }

        // After an unanswered call the reminder waits (PaymentRetryPolicy); a repeat of the operation asks at once.
        var due = !fromReminder || State.NextTryAt is not { } next || next <= Records.Now;
        if (State.Status == PaymentStatus.Processing && State.TransactionId is null)
        {
            // A stopped charge waits for a person or a late webhook: its key may have expired, so it is never sent again.
            if (!State.ChargeStopped && PaymentRetryPolicy.PastChargeDeadline(State, Records.Now))
            {
                await Charging.StopChargingAsync();
            }
            else if (!State.ChargeStopped && due)
            {
                await (State.InBrowser ? Browser.StartAsync() : Charging.ChargeAsync());
            }
        }
        else if (State.VoidKey is not null)
        {
            await Voiding.StepAsync();
        }
        else if (State.Status == PaymentStatus.Processing && fromReminder && due && State.InBrowser)
        {
            await Browser.CheckAsync();
        }
        else if (State.Status == PaymentStatus.Processing && fromReminder && due)
        {
            await Charging.SettleAsync(await Records.ProcessorAsync() is { } processor
                ? await processor.CheckAsync(State.TransactionId!, CancellationToken.None)
                : PaymentRecords.AccountGone);
        }

        foreach (var pending in State.PendingRefunds.ToList())
        {
            await Refunding.StepAsync(pending);
        }

        await Applying.ApplyWantedAsync();
        await Applying.ReleaseWantedAsync();
        await Applying.SyncAsync();
        await Receipt.SendOnceAsync();
        await Saving.SaveOnceAsync();
        await Reminder.StopWorkingIfDoneAsync();
    }

    /// <summary>The steps, once the acting caller holds <paramref name="grant"/> (checked in the silo as well as at the gateway).</summary>
    public PaymentWork Holding(string grant)
    {
        Identity.CallerGrants.Require(Records.Actor, grant);
        return this;
    }
}
