namespace SecurityTrax.Web.Api;

/// <summary>A row of the customer's invoice list; a null <see cref="RecurringInvoiceId"/> shows as N/A.</summary>
public sealed record InvoiceSummary(
    long Id, string Type, string Status, bool Overdue, string SaleDate, string? DueDate, decimal Amount, decimal Due, long? RecurringInvoiceId);
