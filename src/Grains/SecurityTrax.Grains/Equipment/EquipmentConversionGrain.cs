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
}
