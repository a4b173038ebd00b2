using SecurityTrax.Errors;
using SecurityTrax.Invoices;

namespace SecurityTrax.Payments;

/// <summary>
/// The payment's applications: those asked for with it made once the money is in, the invoices told of each change
/// (keyed by application id, so telling twice applies once), and the cut after money goes back.
/// </summary>
public sealed class PaymentApplying(PaymentRecords r)
{
    private PaymentState State => r.State;

    /// <summary>Turns the applications asked for with the payment into applications, once the money is in.</summary>
    public async Task ApplyWantedAsync()
    {
        if (State.Status != PaymentStatus.Succeeded || State.Wanted.Count == 0)
        {
            return;
        }

        var now = r.Now;
        var unused = new List<(long Invoice, string Id)>();
        for (var i = 0; i < State.Wanted.Count; i++)
        {
            // Made under the id the invoice holds it by, so the hold becomes the application.
            var wanted = State.Wanted[i];
            var id = State.WantedHeld ? InvoiceHolds.Id(r.Number, i) : $"p{r.Id}-a{State.LastApplication + 1}";
            var amount = Math.Min(wanted.Amount, PaymentBook.Unapplied(State));
            if (amount > 0)
            {
                Add(id, wanted.InvoiceId, amount, now);
            }
            else if (State.WantedHeld)
            {
                unused.Add((wanted.InvoiceId, id));
            }
        }

        State.Wanted.Clear();
        await r.CommitAsync(now);
        foreach (var (invoice, id) in unused)
        {
            await r.Holds.ReleaseAsync(invoice, id);
        }
    }

    /// <summary>A payment that failed or was voided before its applications were made ends the invoices' holds.</summary>
    public async Task ReleaseWantedAsync()
    {
        if (State.Status is not (PaymentStatus.Failed or PaymentStatus.Voided) || State.Wanted.Count == 0)
        {
            return;
        }

        await r.Holds.ReleaseAllAsync(State.Wanted);
        State.Wanted.Clear();
        await r.CommitAsync(r.Now);
    }

    public ApplicationRecord Add(string applicationId, long invoiceId, decimal amount, DateTimeOffset now)
    {
        ApplicationNumbers.Fill(State);
        State.LastApplication++;
        var record = new ApplicationRecord
        {
            Id = applicationId, Number = State.LastApplication, InvoiceId = invoiceId, Amount = amount, AppliedAt = now,
        };
        State.Applications.Add(record);
        return record;
    }

    /// <summary>Tells invoices what this payment means to have applied; a refused increase is undone and its reason returned by id.</summary>
    public async Task<Dictionary<string, SecurityTraxException>> SyncAsync()
    {
        var refused = new Dictionary<string, SecurityTraxException>(StringComparer.Ordinal);
        foreach (var application in State.Applications.Where(a => !a.InSync).ToList())
        {
            var now = r.Now;
            var invoice = r.Grains.GetGrain<IInvoicePaymentsGrain>(GrainKeys.For(r.Tenant, InvoiceKeys.Id(application.InvoiceId)));
            try
            {
                await invoice.ApplyPaymentAsync(application.Id, r.Number, State.CustomerId, application.Amount);
                var action = application.Amount > application.SyncedAmount ? "applied" : "unapplied";
                r.History(now).Add(r.Entity, r.Id, action, $"invoice {application.InvoiceId}", PaymentBook.Money(application.SyncedAmount), PaymentBook.Money(application.Amount));
                application.SyncedAmount = application.Amount;
            }
            catch (SecurityTraxException e)
            {
                refused[application.Id] = e;
                r.Record(now, "application_refused", $"Invoice {application.InvoiceId}: {e.Message}");
                application.Amount = application.SyncedAmount;
            }

            await r.CommitAsync(now);
        }

        return refused;
    }

    /// <summary>After a refund or a lost dispute the payment never covers more than it kept: newest applications give back first, so dues reopen.</summary>
    public void Reduce()
    {
        var excess = State.Applications.Sum(a => a.Reserved) - PaymentBook.Kept(State);
        foreach (var application in State.Applications.AsEnumerable().Reverse())
        {
            var cut = Math.Min(Math.Max(0m, excess), application.Amount);
            application.Amount -= cut;
            excess -= cut;
        }
    }
}
