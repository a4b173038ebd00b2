using System.Globalization;
using SecurityTrax.Errors;

namespace SecurityTrax.Payments;

/// <summary>
/// Applications made after the payment: the invoice checks and holds the amount before the payment records anything,
/// so an application to a quote, a void invoice, another customer's invoice or more than the due records nothing.
/// </summary>
public sealed class PaymentApplications(PaymentRecords r, PaymentApplying applying)
{
    private PaymentState State => r.State;

    public async Task<PaymentDetails> ApplyAsync(string applicationId, long invoiceId, decimal amount, int? expectedVersion)
    {
        r.EnsureLive();
        if (State.Applications.Any(a => a.Id == applicationId))
        {
            await applying.SyncAsync();
            return r.Details;
        }

        ExpectedVersion.Check(expectedVersion, State.Version);

        if (State.Type != PaymentType.Sale || State.Status != PaymentStatus.Succeeded)
        {
            throw SecurityTraxException.Conflict($"Payment {r.Number} is {PaymentBook.Name(State.Status)} {PaymentBook.Name(State.Type)}; only money received is applied.");
        }

        PaymentRules.Check("amount", amount, PaymentBook.Unapplied(State), $"the unapplied amount of payment {r.Number}");
        try
        {
            await r.Holds.HoldAsync(applicationId, State.CustomerId, invoiceId, amount);
        }
        catch (SecurityTraxException e)
        {
            throw InvoiceHolds.Refused(e, "");
        }

        var now = r.Now;
        var application = applying.Add(applicationId, invoiceId, amount, now);
        // The amount is reserved in the stored payment before the invoice is told, so concurrent applications never overspend it.
        await r.CommitAsync(now);
        var refusals = await applying.SyncAsync();
        if (refusals.TryGetValue(applicationId, out var refused))
        {
            State.Applications.Remove(application);
            await r.CommitAsync(r.Now);
            throw InvoiceHolds.Refused(refused, "");
        }

        return r.Details;
    }

    /// <summary>Whether an invoice's hold under <paramref name="holdId"/> is still needed by this payment.</summary>
    public bool NeedsHold(string holdId)
    {
        var live = State.Exists && State.Status is PaymentStatus.Saved or PaymentStatus.Scheduled or PaymentStatus.Processing or PaymentStatus.Succeeded;
        var wanted = State.WantedHeld && Enumerable.Range(0, State.Wanted.Count).Any(i => InvoiceHolds.Id(r.Number, i) == holdId);
        var unsynced = State.Applications.Any(a => a.Id == holdId && !a.InSync);
        return live && (wanted || unsynced);
    }

    public Task<PaymentDetails> RemoveAsync(string applicationId, int? expectedVersion) =>
        RemoveAsync(a => a.Id == applicationId, applicationId, expectedVersion);

    public Task<PaymentDetails> RemoveAsync(int applicationNumber, int? expectedVersion) =>
        RemoveAsync(a => a.Number == applicationNumber, applicationNumber.ToString(CultureInfo.InvariantCulture), expectedVersion);

    /// <summary>A voided invoice gave this payment's application back: the amount is unapplied again.</summary>
    public async Task ReturnedAsync(string applicationId, long invoiceId)
    {
        var application = State.Applications.FirstOrDefault(a => a.Id == applicationId);
        if (!State.Exists || application is null || application.Reserved == 0)
        {
            return;
        }

        var now = r.Now;
        var amount = PaymentBook.Money(application.Reserved);
        r.History(now).Add(r.Entity, r.Id, "unapplied", $"invoice {invoiceId}", amount, PaymentBook.Money(0m));
        r.Record(now, "application_returned", $"Invoice {invoiceId} was voided; {amount} is unapplied again");
        (application.Amount, application.SyncedAmount) = (0m, 0m);
        await r.CommitAsync(now);
    }

    private async Task<PaymentDetails> RemoveAsync(Func<ApplicationRecord, bool> which, string name, int? expectedVersion)
    {
        r.EnsureLive();
        ExpectedVersion.Check(expectedVersion, State.Version);
        var application = State.Applications.FirstOrDefault(a => which(a) && a.Reserved > 0)
            ?? throw SecurityTraxException.NotFound($"Application {name} of payment {r.Number}");
        var now = r.Now;
        application.Amount = 0;
        await r.CommitAsync(now);
        await applying.SyncAsync();
        return r.Details;
    }
}
