using SecurityTrax.Errors;
using SecurityTrax.Invoices;
using SecurityTrax.Payments;

namespace SecurityTrax.Dunning;

/// <summary>
/// Does, case by case, whatever is due: a retry asked for by a new card or bank account, the notice before a scheduled
/// retry, the scheduled retry, and the end of a case (paid, stopped, failed finally). Each step is saved before the next.
/// </summary>
public sealed class DunningRun(DunningBook b, DunningCharges charges, DunningNotices notices, DunningOutcomes outcomes)
{
    public async Task RunAsync()
    {
        foreach (var c in b.State.Cases.Where(c => c.Status == DunningStatus.Active || (c.Status == DunningStatus.Failed && c.RetryRequested)).ToList())
        {
            await RunCaseAsync(c);
        }

        await outcomes.SyncPastDueAsync();
        await outcomes.SyncSuspensionAsync();
    }

    /// <summary>Stops the case of an invoice that was paid, voided or deleted by other means; a case whose invoice is still due goes on.</summary>
    public async Task ClosedAsync(long invoiceId)
    {
        if (b.Find(invoiceId) is not { } c)
        {
            return;
        }

        if (c.Status is not (DunningStatus.Active or DunningStatus.Failed) || await OpenDueAsync(c) is null)
        {
            // Shown again when already over: the invoice may still show an earlier state if a crash came before it was told.
            await b.SaveAsync();
            await b.ShowAsync(c);
        }

        await outcomes.SyncPastDueAsync();
        await outcomes.SyncSuspensionAsync();
    }

    private async Task RunCaseAsync(DunningCase c)
    {
        var shown = DunningPlan.View(c);
        var invoice = await OpenDueAsync(c);
        if (invoice is not null && (c.RetryRequested || c.Pending is not null))
        {
            await RetryAsync(c, invoice, scheduled: c.Pending?.Scheduled ?? false);
            invoice = c.Status == DunningStatus.Active ? await OpenDueAsync(c) : null;
        }

        var now = b.Now;
        if (invoice is not null && DunningPlan.NoticeDue(c, now) && !DunningPlan.RetryDue(c, now))
        {
            await notices.SendAsync(c, invoice);
            await b.SaveAsync();
        }

        if (invoice is not null && DunningPlan.RetryDue(c, now))
        {
            await RetryAsync(c, invoice, scheduled: true);
        }

        // An hourly tick with nothing due writes nothing; each step above saved itself, a stop is saved here.
        if (DunningPlan.View(c) != shown)
        {
            await b.SaveAsync();
            await b.ShowAsync(c);
        }

        await outcomes.OpenTicketAsync(c);
    }

    private async Task RetryAsync(DunningCase c, InvoiceDetails invoice, bool scheduled)
    {
        var outcome = await charges.RetryAsync(c, invoice, scheduled);
        if (outcome is { Paid: true })
        {
            outcomes.Paid(c);
        }
        else if (outcome is not { Status: PaymentStatus.Processing } && c.Status == DunningStatus.Active && !DunningPlan.HasScheduledRetry(c))
        {
            outcomes.FailFinally(c);
        }

        await b.SaveAsync();
    }

    /// <summary>The invoice while it is open with money due (and no charge of ours pending); otherwise the case stops and null.</summary>
    private async Task<InvoiceDetails?> OpenDueAsync(DunningCase c)
    {
        try
        {
            var invoice = await b.Invoice(c.InvoiceId).GetAsync();
            if (invoice.Status == InvoiceStatus.Void)
            {
                outcomes.Stop(c, "The invoice was voided");
            }
            else if (invoice.Totals.Due <= 0 && c.Pending is null)
            {
                outcomes.Stop(c, "The invoice was paid");
            }
            else
            {
                return invoice;
            }
        }
        catch (SecurityTraxException e) when (e.Kind == ErrorKind.NotFound)
        {
            outcomes.Stop(c, "The invoice was deleted");
        }

        return null;
    }
}
