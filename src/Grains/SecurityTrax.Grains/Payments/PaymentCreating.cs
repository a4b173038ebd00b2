using System.Globalization;
using SecurityTrax.Customers;
using SecurityTrax.Errors;

namespace SecurityTrax.Payments;

/// <summary>
/// A new payment: the invoices hold its applications and its intent is stored, with the reminder that finishes it,
/// before anything is charged; a repeat of the operation finishes what the first try left waiting.
/// </summary>
public sealed class PaymentCreating(PaymentWork work, Func<Task> reload)
{
    private PaymentRecords Records => work.Records;

    private PaymentState State => Records.State;

    public async Task<PaymentDetails> CreateAsync(string operationId, NewPayment payment)
    {
        if (State.Exists)
        {
            // A repeat of the operation finishes what the first try left waiting (a charge whose answer was lost).
            if (State.OperationId != operationId)
            {
                throw SecurityTraxException.Conflict($"Payment {Records.Number} exists.");
            }

            await work.ContinueAsync(fromReminder: false);
            return Records.Details;
        }

        var today = await Records.TodayAsync();
        var errors = new List<FieldError>();
        var p = PaymentRules.Normalize(payment, today, errors);
        SecurityTraxException.ThrowIfAny(errors);
        var customer = await Records.Grains.GetGrain<ICustomerGrain>(GrainKeys.For(Records.Tenant, p.CustomerId.ToString(CultureInfo.InvariantCulture))).GetAsync(false);
        var now = Records.Now;
        if (p.ManualKind is { } manual)
        {
            (State.Method, State.MethodDisplay, State.Status) = (manual, PaymentRules.ManualDisplay(manual, p.Reference), PaymentStatus.Succeeded);
        }
        else
        {
            await work.Charging.TargetAsync(p);
            State.Status = p.SaveOnly ? PaymentStatus.Saved : p.PostingDate > today ? PaymentStatus.Scheduled : PaymentStatus.Processing;
            State.ChargeKey = $"{Records.Tenant}-payment-{Records.Id}-{Guid.NewGuid():N}";
        }

        var settings = await Records.Settings.GetAsync();
        try
        {
            // The invoices check and hold the applications before anything is charged or stored: a refusal records nothing.
            await Records.Holds.HoldAllAsync(p.CustomerId, p.Applications);
        }
        catch (SecurityTraxException)
        {
            await reload();
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
            + State.Status switch
            {
                PaymentStatus.Scheduled => $", to be processed on {State.PostingDate:yyyy-MM-dd}",
                PaymentStatus.Saved => ", saved without processing it",
                _ => "",
            });
        Records.History(now).Add(Records.Entity, Records.Id, "created", "amount", null, PaymentBook.Money(State.Amount));
        if (State.Status == PaymentStatus.Succeeded)
        {
            Records.Announce(PaymentNotices.Succeeded, State.Amount);
        }
        else if (State.Status != PaymentStatus.Saved)
        {
            // The reminder exists before the intent is stored, so a crash right after the save still finishes the charge.
            await work.Reminder.KeepWorkingAsync(State.Status == PaymentStatus.Scheduled ? await Records.UntilAsync(p.PostingDate!.Value) : PaymentWorkReminder.Every);
        }

        await Records.CommitAsync(now);
        await work.ContinueAsync(fromReminder: false);
        return Records.Details;
    }
}
