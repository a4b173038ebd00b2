using System.Globalization;
using SecurityTrax.Dunning;

namespace SecurityTrax.Invoices;

/// <summary>An invoice's side of its dunning: shows the state the dunning grain tells it, and tells it when the invoice is closed.</summary>
public static class InvoiceDunningLink
{
    public static async Task SetAsync(InvoiceRecords r, InvoiceDunning dunning)
    {
        r.EnsureLive();
        if (r.State.Dunning == dunning)
        {
            return;
        }

        r.State.Dunning = dunning;
        await r.CommitAsync(r.Now);
    }

    /// <summary>Saves with the grain's <paramref name="save"/>, then tells dunning if the invoice is closed.</summary>
    public static async Task SaveAndTellAsync(Func<Task> save, InvoiceRecords r)
    {
        await save();
        TellIfClosed(r);
    }

    /// <summary>
    /// After a save: an invoice still chased that is paid (by any means), voided or deleted tells the customer's dunning
    /// grain, one-way (the dunning grain may be the one paying it, waiting on this very call chain). A message lost in a
    /// crash is made up by the dunning grain's next run, which reads the invoice before any notice or retry.
    /// </summary>
    public static void TellIfClosed(InvoiceRecords r)
    {
        var s = r.State;
        if (s.Dunning is { Status: DunningStatus.Active or DunningStatus.Failed } && (s.Deleted || s.Voided || r.Details.Totals.Due <= 0))
        {
            _ = r.Grains.GetGrain<IDunningGrain>(GrainKeys.For(r.Tenant, s.CustomerId.ToString(CultureInfo.InvariantCulture))).InvoiceClosedAsync(r.Number);
        }
    }
}
