using System.Globalization;
using SecurityTrax.Catalog;
using SecurityTrax.Customers;
using SecurityTrax.Identity;
using SecurityTrax.Invoices;
using SecurityTrax.RecurringInvoices;

namespace SecurityTrax.Bench.Billing;

/// <summary>Creates the company's customers and their recurring invoices through the grains, as the API would.</summary>
public sealed class Seeder(IGrainFactory grains, string tenant, int concurrency)
{
    public async Task<int> CatalogAsync()
    {
        Act();
        var item = await grains.GetGrain<ICatalogGrain>(GrainKeys.For(tenant, ICatalogGrain.Id))
            .AddItemAsync(new BillableItemInput("Alarm monitoring", "Monthly alarm monitoring", 39.95m, false, BillableItemKind.Service));
        return item.Id;
    }

    /// <summary>Customer i (1…n), each with one monthly recurring invoice i, first billed on <paramref name="firstDate"/>.</summary>
    public Task CustomersAndRecurringInvoicesAsync(int count, int itemId, DateOnly firstDate) =>
        Parallel.ForEachAsync(Enumerable.Range(1, count), new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (i, _) =>
        {
            Act();
            var id = i.ToString(CultureInfo.InvariantCulture);
            var profile = new CustomerProfile(
                "Pat", "Number" + id, null, new Address($"{i} Main St", null, "Denver", "CO", "80202"), null, [], null, null, null, 0m, false, 39.95m, false);
            await grains.GetGrain<ICustomerGrain>(GrainKeys.For(tenant, id)).CreateAsync(CustomerStage.Customer, profile, null, false);
            var input = new RecurringInvoiceInput(
                [new InvoiceLineInput(itemId, 1, null, null, null)], PaymentTerm.Net15, null, new RecurrenceRule(firstDate, 1, RecurrenceUnit.Months, 12),
                false, null, false);
            await grains.GetGrain<IRecurringInvoiceGrain>(GrainKeys.For(tenant, id)).CreateAsync(i, input);
        });

    private void Act() => CallerContext.Set(Caller.System(tenant));
}
