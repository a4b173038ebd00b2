using SecurityTrax.Errors;

namespace SecurityTrax.Payments;

/// <summary>
/// Applications made after the payment: the invoice checks and holds the amount before the payment records anything,
/// so an application to a quote, a void invoice, another customer's invoice or more than the due records nothing.
/// </summary>
public sealed partial class PaymentGrain
{
    public async Task<PaymentDetails> ApplyAsync(string applicationId, long invoiceId, decimal amount, int? expectedVersion = null)
    {
        Records.EnsureLive();
        if (State.Applications.Any(a => a.Id == applicationId))
        {
            await Applying.SyncAsync();
            return Details;
        }

        ExpectedVersion.Check(expectedVersion, State.Version);

        if (State.Type != PaymentType.Sale || State.Status != PaymentStatus.Succeeded)
        {
            throw SecurityTraxException.Conflict($"Payment {Number} is {PaymentBook.Name(State.Status)} {PaymentBook.Name(State.Type)}; only money received is applied.");
        }

        PaymentRules.Check("amount", amount, PaymentBook.Unapplied(State), $"the unapplied amount of payment {Number}");
        try
        {
            await Records.Holds.HoldAsync(applicationId, State.CustomerId, invoiceId, amount);
        }
        catch (SecurityTraxException e)
        {
            throw InvoiceHolds.Refused(e, "");
        }

        var now = Now;
        var application = Applying.Add(applicationId, invoiceId, amount, now);
        // The amount is reserved in the stored payment before the invoice is told, so concurrent applications never overspend it.
        await Records.CommitAsync(now);
        var refusals = await Applying.SyncAsync();
        if (refusals.TryGetValue(applicationId, out var refused))
        {
            State.Applications.Remove(application);
            await Records.CommitAsync(Now);
            throw InvoiceHolds.Refused(refused, "");
        }

        return Details;
    }

    public Task<bool> NeedsHoldAsync(string holdId)
    {
        var live = State.Exists && State.Status is PaymentStatus.Scheduled or PaymentStatus.Processing or PaymentStatus.Succeeded;
        var wanted = State.WantedHeld && Enumerable.Range(0, State.Wanted.Count).Any(i => InvoiceHolds.Id(Number, i) == holdId);
        var applying = State.Applications.Any(a => a.Id == holdId && !a.InSync);
        return Task.FromResult(live && (wanted || applying));
    }

    public Task<PaymentDetails> RemoveApplicationAsync(string applicationId, int? expectedVersion = null) =>
        RemoveAsync(a => a.Id == applicationId, applicationId, expectedVersion);

    public Task<PaymentDetails> RemoveApplicationNumberAsync(int applicationNumber, int? expectedVersion = null) =>
        RemoveAsync(a => a.Number == applicationNumber, applicationNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), expectedVersion);

    private async Task<PaymentDetails> RemoveAsync(Func<ApplicationRecord, bool> which, string name, int? expectedVersion)
    {
        Records.EnsureLive();
        ExpectedVersion.Check(expectedVersion, State.Version);
        var application = State.Applications.FirstOrDefault(a => which(a) && a.Reserved > 0)
            ?? throw SecurityTraxException.NotFound($"Application {name} of payment {Number}");
        var now = Now;
        application.Amount = 0;
        await Records.CommitAsync(now);
        await Applying.SyncAsync();
        return Details;
    }

    public async Task ApplicationReturnedAsync(string applicationId, long invoiceId)
    {
        var application = State.Applications.FirstOrDefault(a => a.Id == applicationId);
        if (!State.Exists || application is null || application.Reserved == 0)
        {
            return;
        }

        var now = Now;
        var amount = PaymentBook.Money(application.Reserved);
        Records.History(now).Add(Records.Entity, Id, "unapplied", $"invoice {invoiceId}", amount, PaymentBook.Money(0m));
        Records.Record(now, "application_returned", $"Invoice {invoiceId} was voided; {amount} is unapplied again");
        (application.Amount, application.SyncedAmount) = (0m, 0m);
        await Records.CommitAsync(now);
    }
}
