using SecurityTrax.Invoices;

namespace SecurityTrax.Gateway.Invoices;

public sealed record InvoiceListTotalsResponse(int Count, decimal GrandTotal, decimal Due)
{
    public static InvoiceListTotalsResponse From(InvoiceListTotals t) => new(t.Count, t.GrandTotal, t.Due);
}
