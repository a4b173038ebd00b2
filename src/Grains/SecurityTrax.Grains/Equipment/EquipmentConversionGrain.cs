using Orleans.Concurrency;
using SecurityTrax.Customers;
using SecurityTrax.Errors;
using SecurityTrax.Invoices;

namespace SecurityTrax.Equipment;

/// <summary>
/// Runs "Add invoiced equipment" outside both the customer and its invoices: invoices call the customer's
/// equipment grain, so the equipment grain must never wait on an invoice.
/// </summary>
[StatelessWorker]
public sealed class EquipmentConversionGrain : Grain, IEquipmentConversionGrain
{
    private string Tenant => GrainKeys.TenantOf(this.GetPrimaryKeyString());

    public async Task<EquipmentRow[]> ConvertAsync(long customerId)
    {
        var key = GrainKeys.For(Tenant, customerId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var customer = await GrainFactory.GetGrain<ICustomerGrain>(key).GetAsync(false);
        if (customer.Stage != CustomerStage.Customer)
        {
            throw SecurityTraxException.Conflict($"{customer.DisplayName} is a lead; invoiced equipment is brought over once the lead is a customer.");
        }

        var added = new List<EquipmentRow>();
        foreach (var invoice in (await GrainFactory.GetGrain<ICustomerEquipmentGrain>(key).InvoiceIdsAsync()).Order())
        {
            added.AddRange(await GrainFactory.GetGrain<IInvoiceGrain>(GrainKeys.For(Tenant, InvoiceKeys.Id(invoice))).ConvertEquipmentAsync());
        }

        return [.. added];
    }

    public async Task<int> RemainingAsync(long customerId)
    {
        var key = GrainKeys.For(Tenant, customerId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await GrainFactory.GetGrain<ICustomerGrain>(key).GetAsync(false);
        var equipment = GrainFactory.GetGrain<ICustomerEquipmentGrain>(key);
        var converted = (await equipment.ConvertedLinesAsync()).ToHashSet(StringComparer.Ordinal);
        var invoices = new List<InvoiceDetails>();
        foreach (var invoice in await equipment.InvoiceIdsAsync())
        {
            try
            {
                invoices.Add(await GrainFactory.GetGrain<IInvoiceGrain>(GrainKeys.For(Tenant, InvoiceKeys.Id(invoice))).GetAsync());
            }
            catch (SecurityTraxException e) when (e.Kind == ErrorKind.NotFound)
            {
                // A deleted invoice stays in the customer's list but has nothing left to bring over (its grain answers "not found").
            }
        }

        return InvoicedEquipmentLeft.Count(invoices, converted);
    }
}
