using System.Globalization;
using SecurityTrax.Catalog;
using SecurityTrax.Customers;
using SecurityTrax.Equipment;

namespace SecurityTrax.Invoices;

/// <summary>
/// The lines the buttons add, claimed from the customer first: the customer marks what it hands to this invoice,
/// and asking again hands the same, so the invoice adds only what it does not carry yet.
/// </summary>
public static class InvoiceButtons
{
    /// <summary>The catalogue, the customer, and the tax rate its taxable lines get by default.</summary>
    public static async Task<(CatalogDetails Catalog, CustomerDetails Customer, decimal Rate)> PricingAsync(IGrainFactory grains, string tenant, long customerId)
    {
        var catalog = grains.GetGrain<ICatalogGrain>(GrainKeys.For(tenant, ICatalogGrain.Id)).GetAsync();
        var customer = CustomerAsync(grains, tenant, customerId);
        await Task.WhenAll(catalog, customer);
        return (catalog.Result, customer.Result, InvoiceLines.TaxRateFor(customer.Result.Profile, catalog.Result));
    }

    /// <summary>The customer alone, for documents whose lines are priced already (copies of quotes and recurring invoices).</summary>
    public static Task<CustomerDetails> CustomerAsync(IGrainFactory grains, string tenant, long customerId) =>
        grains.GetGrain<ICustomerGrain>(GrainKeys.For(tenant, customerId.ToString(CultureInfo.InvariantCulture))).GetAsync(false);

    public static async Task<(List<InvoiceLine> Lines, string? Reason)> UnpaidEquipmentAsync(IGrainFactory grains, string tenant, long number, InvoiceState state)
    {
        var rows = await Equipment(grains, tenant, state).ReserveUnpaidAsync(number);
        var fresh = rows.Where(r => state.Lines.All(l => l.EquipmentRowId != r.Id)).ToArray();
        if (fresh.Length == 0)
        {
            return ([], rows.Length == 0
                ? "The customer has no unpaid equipment that is on no other invoice."
                : "All of the customer's unpaid equipment is on this invoice.");
        }

        var (catalog, _, rate) = await PricingAsync(grains, tenant, state.CustomerId);
        var id = state.LastLineId;
        return ([.. fresh.Select(r => InvoiceLines.ForRow(++id, r, catalog, rate))], null);
    }

    public static async Task<(List<InvoiceLine> Lines, string? Reason)> ActivationFeeAsync(IGrainFactory grains, string tenant, long number, InvoiceState state)
    {
        if (state.Lines.Any(l => l.Source == LineSource.ActivationFee))
        {
            return ([], "The activation fee is on this invoice.");
        }

        var (catalog, _, rate) = await PricingAsync(grains, tenant, state.CustomerId);
        var item = InvoiceLines.ItemOfKind(catalog, BillableItemKind.ActivationFee);
        var claim = await Equipment(grains, tenant, state).ClaimActivationFeeAsync(number);
        return claim.Refusal is { } refusal
            ? ([], refusal)
            : ([InvoiceLines.ForCharge(state.LastLineId + 1, item, claim.Amount, rate, LineSource.ActivationFee)], null);
    }

    public static async Task<(List<InvoiceLine> Lines, string? Reason)> MonitoringAsync(IGrainFactory grains, string tenant, InvoiceState state)
    {
        if (state.Lines.Any(l => l.Source == LineSource.Monitoring))
        {
            return ([], "The monthly monitoring charge is on this invoice.");
        }

        var (catalog, customer, rate) = await PricingAsync(grains, tenant, state.CustomerId);
        var item = InvoiceLines.ItemOfKind(catalog, BillableItemKind.Monitoring);
        return customer.Profile.MonthlyMonitoringRate == 0
            ? ([], "The customer has no monthly monitoring rate.")
            : ([InvoiceLines.ForCharge(state.LastLineId + 1, item, customer.Profile.MonthlyMonitoringRate, rate, LineSource.Monitoring)], null);
    }

    public static ICustomerEquipmentGrain Equipment(IGrainFactory grains, string tenant, InvoiceState state) => Equipment(grains, tenant, state.CustomerId);

    public static ICustomerEquipmentGrain Equipment(IGrainFactory grains, string tenant, long customerId) =>
        grains.GetGrain<ICustomerEquipmentGrain>(GrainKeys.For(tenant, customerId.ToString(CultureInfo.InvariantCulture)));
}
