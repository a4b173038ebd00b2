using SecurityTrax.Invoices;

namespace SecurityTrax.Persistence.Tests.Probes;

public sealed class HoldProbeGrain : Grain, IHoldProbeGrain
{
    public Task HoldAsync(string tenant, long invoice, string holdId, long payment, long customer, decimal amount) =>
        GrainFactory.GetGrain<IInvoicePaymentsGrain>(GrainKeys.For(tenant, InvoiceKeys.Id(invoice))).HoldAsync(holdId, payment, customer, amount);
}
