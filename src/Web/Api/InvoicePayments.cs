namespace SecurityTrax.Web.Api;

/// <summary>What Manage Payments reads of <c>GET /api/v1/invoices/{id}</c>: what is applied to it, and what is due.</summary>
public sealed record InvoicePayments(long Id, long CustomerId, string Type, string Status, InvoiceTotals Totals, InvoiceApplication[] Applications);
