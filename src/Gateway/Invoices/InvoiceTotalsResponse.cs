using SecurityTrax.Invoices;

namespace SecurityTrax.Gateway.Invoices;

/// <summary>Negative for a credit memo; due is never negative and 0 for quotes, credit memos and void invoices.</summary>
public sealed record InvoiceTotalsResponse(decimal SubTotal, decimal TaxTotal, decimal GrandTotal, decimal Applied, decimal Due, decimal CreditLeft)
{
    public static InvoiceTotalsResponse From(InvoiceTotals t) => new(t.SubTotal, t.TaxTotal, t.GrandTotal, t.Applied, t.Due, t.CreditLeft);
}
