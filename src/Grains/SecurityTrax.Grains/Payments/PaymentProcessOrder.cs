using SecurityTrax.Errors;

namespace SecurityTrax.Payments;

/// <summary>
/// Processing a saved payment later (the guide's "Process Transaction" left unchecked): once per operation id, as of the
/// payment's version; it is charged now, or scheduled when its desired posting date is still ahead.
/// </summary>
public sealed class PaymentProcessOrder(PaymentWork work)
{
    private PaymentRecords Records => work.Records;

    private PaymentState State => Records.State;

    public async Task<PaymentDetails> ProcessAsync(string operationId, int expectedVersion)
    {
        Records.EnsureLive();
        if (State.ProcessOperationId == operationId)
        {
            // A repeat (a lost answer): the payment as it is now, with whatever waited moved on.
            await work.ContinueAsync(fromReminder: false);
            return Records.Details;
        }

        if (State.Version != expectedVersion)
        {
            throw SecurityTraxException.StaleVersion(expectedVersion, State.Version);
        }

        if (State.Status != PaymentStatus.Saved)
        {
            throw SecurityTraxException.Conflict(State.Status == PaymentStatus.Scheduled
                ? $"Payment {Records.Number} is already processed: it is scheduled for {State.PostingDate:yyyy-MM-dd}; change its posting date to move it."
                : $"Payment {Records.Number} is {PaymentBook.Name(State.Status)}: only a saved payment is processed later.");
        }

        var today = await Records.TodayAsync();
        var now = Records.Now;
        var scheduled = State.PostingDate > today;
        (State.Status, State.ProcessOperationId, State.PaymentDate) =
            (scheduled ? PaymentStatus.Scheduled : PaymentStatus.Processing, operationId, scheduled ? State.PostingDate!.Value : today);
        Records.Record(now, "process_requested", $"Processed by {Records.Actor.UserName}" + (scheduled ? $", to be sent on {State.PostingDate:yyyy-MM-dd}" : ""));
        Records.History(now).Add(Records.Entity, Records.Id, "processed", "status", PaymentBook.Name(PaymentStatus.Saved), PaymentBook.Name(State.Status));
        // The reminder exists before the change is stored, so a crash right after still sends the charge.
        await work.Reminder.KeepWorkingAsync(scheduled ? await Records.UntilAsync(State.PostingDate!.Value) : PaymentWorkReminder.Every);
        await Records.CommitAsync(now);
        await work.ContinueAsync(fromReminder: false);
        return Records.Details;
    }
}
