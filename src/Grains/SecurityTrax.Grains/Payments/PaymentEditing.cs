using SecurityTrax.Customers;
using SecurityTrax.Errors;
using SecurityTrax.Outbox;

namespace SecurityTrax.Payments;

/// <summary>
/// Edits of a payment not yet processed (saved or scheduled): its reference, note and desired posting date, each change
/// in the customer's history. Amount and method are never changed here; a processed payment is not edited at all.
/// </summary>
public sealed class PaymentEditing(PaymentWork work)
{
    private PaymentRecords Records => work.Records;

    private PaymentState State => Records.State;

    public async Task<PaymentDetails> EditAsync(PaymentChanges changes)
    {
        Records.EnsureLive();
        if (State.Version != changes.ExpectedVersion)
        {
            throw SecurityTraxException.StaleVersion(changes.ExpectedVersion, State.Version);
        }

        var unprocessed = State.Status is PaymentStatus.Saved or PaymentStatus.Scheduled;
        if ((changes.Amount is { } amount && amount != State.Amount) || (changes.BillingMethodId is { } method && method != State.BillingMethodId))
        {
            throw SecurityTraxException.Conflict(unprocessed
                ? $"Payment {Records.Number}'s amount and method are fixed once it is saved (its invoices hold the amount); void it and make a new one."
                : $"Payment {Records.Number} is {PaymentBook.Name(State.Status)}: a processed payment keeps its amount and method; refund or void it instead.");
        }

        if (!unprocessed)
        {
            throw SecurityTraxException.Conflict(
                $"Payment {Records.Number} is {PaymentBook.Name(State.Status)}: only a payment not yet processed (saved or scheduled) is edited.");
        }

        var today = await Records.TodayAsync();
        var (reference, note, postingDate) = Check(changes, today);
        var now = Records.Now;
        var history = Records.History(now);
        var changed = Change(history, "reference", State.Reference, reference) | Change(history, "note", State.Note, note)
            | Change(history, "postingDate", State.PostingDate?.ToString("yyyy-MM-dd"), postingDate?.ToString("yyyy-MM-dd"));
        if (!changed)
        {
            return Records.Details;
        }

        var dateMoved = postingDate != State.PostingDate;
        (State.Reference, State.Note, State.PostingDate, State.PaymentDate) = (reference, note, postingDate, postingDate ?? State.PaymentDate);
        Records.Record(now, "edited", $"Edited by {Records.Actor.UserName}");
        if (dateMoved && State.Status == PaymentStatus.Scheduled)
        {
            await work.Reminder.KeepWorkingAsync(await Records.UntilAsync(postingDate!.Value));
        }

        await Records.CommitAsync(now);
        // A scheduled payment moved to today is sent now.
        await work.ContinueAsync(fromReminder: false);
        return Records.Details;
    }

    private (string? Reference, string? Note, DateOnly? PostingDate) Check(PaymentChanges changes, DateOnly today)
    {
        var errors = new List<FieldError>();
        var reference = changes.Reference is null ? State.Reference : FieldChecks.Text(errors, "reference", changes.Reference, 60);
        var note = changes.Note is null ? State.Note : FieldChecks.Text(errors, "note", changes.Note, 500);
        var postingDate = changes.ClearPostingDate ? null : changes.PostingDate ?? State.PostingDate;
        if (changes.PostingDate is { } date && (date < today || date > today.AddYears(1)))
        {
            errors.Add(new FieldError("postingDate", "From today to a year ahead."));
        }

        if (postingDate is null && State.Status == PaymentStatus.Scheduled)
        {
            errors.Add(new FieldError("postingDate", "A scheduled payment waits for its posting date; set today's to send it now."));
        }

        SecurityTraxException.ThrowIfAny(errors);
        return (reference, note, postingDate);
    }

    private bool Change(HistoryRecorder history, string field, string? before, string? after)
    {
        if (string.Equals(before, after, StringComparison.Ordinal))
        {
            return false;
        }

        history.Add(Records.Entity, Records.Id, "edited", field, before, after);
        return true;
    }
}
