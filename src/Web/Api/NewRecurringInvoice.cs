namespace SecurityTrax.Web.Api;

/// <summary><c>POST /api/v1/customers/{id}/recurring-invoices</c>: rows as on an invoice, the schedule, and what each occurrence does.</summary>
public sealed record NewRecurringInvoice(
    InvoiceLineInput[] Lines, string Term, string? NextDate, int? Interval, string Unit, int? Count, bool EmailInvoice, long? BillingMethodId,
    bool EmailPaymentResult, string? Note = null);
