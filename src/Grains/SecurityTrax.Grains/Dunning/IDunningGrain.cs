using Orleans.Concurrency;
using SecurityTrax.Identity;
using SecurityTrax.Security;

namespace SecurityTrax.Dunning;

/// <summary>
/// Chases a customer's invoices whose automatic charge failed; key <c>{tenant}/{customerId}</c>. Silo only: the
/// recurring charge, the invoice and the billing methods tell it what happened.
/// </summary>
[Alias("SecurityTrax.IDunningGrain")]
public interface IDunningGrain : ITenantGrain, ISiloOnlyGrain
{
    /// <summary>Schedules the retries of an invoice on the company's settings; a repeat for the same invoice changes nothing.</summary>
    [Alias("Start")]
    Task<InvoiceDunning> StartAsync(DunningStart start);

    /// <summary>The invoice was paid, voided or deleted: its dunning stops. One-way, so an invoice never waits on this grain.</summary>
    [Alias("InvoiceClosed"), OneWay]
    Task InvoiceClosedAsync(long invoiceId);

    /// <summary>A card or bank account was added or made default: every invoice still chased is retried now. One-way.</summary>
    [Alias("BillingMethodChanged"), OneWay]
    Task BillingMethodChangedAsync();

    /// <summary>Runs whatever is due now (what a reminder tick does); answers the invoices chased.</summary>
    [Alias("RunDue")]
    Task<InvoiceDunning[]> RunDueAsync();

    [Alias("Get")]
    Task<InvoiceDunning[]> GetAsync();
}
