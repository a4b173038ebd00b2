using SecurityTrax.Invoices;

namespace SecurityTrax.Gateway.Invoices;

/// <summary>A row of an invoice list; <see cref="RecurringInvoiceId"/> null shows as N/A.</summary>
public sealed record InvoiceSummaryResponse(
    long Id, InvoiceType Type, InvoiceStatus Status, bool Overdue, long CustomerId, string CustomerName, DateOnly SaleDate, DateOnly? DueDate,
    decimal Amount, decimal Due, long? RecurringInvoiceId, DateTimeOffset UpdatedAt)
{
    public static InvoiceSummaryResponse From(InvoiceSummary s) => new(
        s.Id, s.Type, s.Status, s.Overdue, s.CustomerId, s.CustomerName, s.SaleDate, s.DueDate, s.GrandTotal, s.Due, s.RecurringInvoiceId, s.UpdatedAt);
}
