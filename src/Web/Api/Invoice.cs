namespace SecurityTrax.Web.Api;

/// <summary><c>GET /api/v1/invoices/{id}</c>: header, lines and the API's totals (tax is computed there, never here).</summary>
public sealed record Invoice(
    long Id, string Type, string Status, long CustomerId, string SaleDate, string Term, string? DueDate, string? PoNumber, string? Note,
    InvoiceLine[] Lines, InvoiceTotals Totals, long? RecurringInvoiceId, InvoiceDunning? Dunning = null)
{
    public bool IsOpenInvoice => Type == "invoice" && Status == "open";
}
